import { grossLines } from './gross.js';
import { insuranceOf } from './insurance.js';
import { figuresOn, lastDayOf } from './periods.js';
import { taxOf } from './tax.js';
import type { MonthPay, MonthPayInput, PayLine } from './types.js';

/**
 * A client's pay for one month, gross to net, every figure in haléře with the
 * rule that produced it. Pure: the caller loads the work, the agreed rates,
 * the client's facts and the parameter periods. Insurance and tax are settled
 * for the month as a whole, with the figures in force on its last day.
 */
export function payMonth(input: MonthPayInput): MonthPay {
  const earned = grossLines(input);
  const minutes = input.work.reduce((sum, piece) => sum + piece.minutes, 0);
  const gross = earned.reduce((sum, line) => sum + line.amount, 0);
  const figures = figuresOn(input.parameters, lastDayOf(input.month));
  const insured = gross >= figures.insuranceThresholdMonthly;
  const insurance = insured
    ? insuranceOf(gross, figures, input.facts)
    : { employeeSocial: 0, employeeHealth: 0, employerSocial: 0, employerHealth: 0, lines: [] };
  const tax = taxOf(gross, insured, figures, input.facts);
  const net = gross - insurance.employeeSocial - insurance.employeeHealth - tax.tax;
  const lines: PayLine[] = [
    ...earned,
    { key: 'gross', amount: gross, basis: { minutes }, rule: 'agreementPay' },
    {
      key: 'insuranceThreshold',
      amount: figures.insuranceThresholdMonthly,
      basis: { base: gross },
      rule: 'insuranceThreshold',
    },
    ...insurance.lines,
    ...tax.lines,
    { key: 'net', amount: net, basis: { base: gross }, rule: 'netPay' },
  ];
  return {
    month: input.month,
    minutes,
    gross,
    insured,
    employeeSocial: insurance.employeeSocial,
    employeeHealth: insurance.employeeHealth,
    employerSocial: insurance.employerSocial,
    employerHealth: insurance.employerHealth,
    taxRegime: tax.regime,
    tax: tax.tax,
    net,
    lines,
  };
}

/**
 * The net pay the month's work so far is expected to bring: what the cash
 * advances of the month may add up to at most.
 */
export function expectedNetPay(input: MonthPayInput): number {
  return payMonth(input).net;
}
