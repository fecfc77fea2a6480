import { describe, expect, test } from 'vitest';
import { cases } from '../pay/case-table.js';
import { payDesk } from './support.js';

/**
 * The pay module's hand-computed case table, now as the desk records it: a
 * client with the case's facts, an agreement at its rates, each shift booked,
 * admitted and recorded, and the month's payslip read from the pay run.
 */
describe('the case table through the month run', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    const desk = payDesk(input.terms[0]?.from ?? '2025-01-01');
    const clientId = desk.client({
      declaredSince: input.facts.taxDeclarationSigned ? '2025-01-01' : null,
      stateInsured: input.facts.statePaysHealthInsurance,
    });
    desk.agreement(clientId, input.terms);
    for (const piece of input.work) {
      desk.work(clientId, piece.date, piece.minutes, { holiday: piece.holiday, weekend: piece.weekend });
    }
    const payslip = desk.payslip(input.month, clientId);
    const { gross, insured, employeeSocial, employeeHealth, employerSocial, employerHealth, taxRegime, tax, net } =
      payslip;
    expect({
      gross,
      insured,
      employeeSocial,
      employeeHealth,
      employerSocial,
      employerHealth,
      taxRegime,
      tax,
      net,
    }).toEqual(expected);
    // The payslip adds up line by line, and cash is rounded up to whole CZK.
    expect(payslip.net).toBe(payslip.gross - payslip.employeeSocial - payslip.employeeHealth - payslip.tax);
    expect(payslip.toPay % 100).toBe(0);
    expect(payslip.toPay - payslip.net).toBeGreaterThanOrEqual(0);
    expect(payslip.toPay - payslip.net).toBeLessThan(100);
    expect(payslip.minutes).toBe(input.work.reduce((total, piece) => total + piece.minutes, 0));
    desk.app.close();
  });
});
