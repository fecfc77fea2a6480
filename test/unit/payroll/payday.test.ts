import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { payDesk, type PayDesk } from './support.js';

/**
 * November 2026 at 134.40 CZK an hour: client 1 is paid in cash, client 2 by
 * bank transfer; both work Mon 2 and Wed 4. The cash box opens with 5,000 CZK.
 */
let desk: PayDesk;
let cash: number;
let bank: number;
beforeEach(() => {
  desk = payDesk('2026-11-01');
  desk.app.ok('cash.setOpeningBalance', { date: '2026-11-01', amount: 500000 });
  cash = desk.client();
  bank = desk.client({ paymentMethod: 'bank', declaredSince: '2025-01-01' });
  for (const client of [cash, bank]) {
    desk.agreement(client, [{ from: '2026-11-01', to: null, terms: { hourlyRate: 13440 } }]);
    desk.work(client, '2026-11-02');
    desk.work(client, '2026-11-04');
  }
});
afterEach(() => desk.app.close());

function close() {
  desk.at('2026-12-01', '10:00');
  desk.app.ok('payroll.close', { month: '2026-11', confirmWarnings: true });
}

describe('payday', () => {
  test('only a closed month is paid', () => {
    expect(desk.app.err('payroll.markPaid', { month: '2026-11', clientId: cash })).toMatchObject({
      code: 'payroll.notClosed',
      field: 'month',
    });
  });

  test('cash is paid out through the cash book, once; a mistaken mark is taken back with the money', () => {
    close();
    desk.at('2026-12-15', '10:00');
    // 806.40 − withholding ⌊806 × 15 %⌋ = 120 → 686.40, rounded up to 687 in cash.
    const paid = desk.app.ok('payroll.markPaid', { month: '2026-11', clientId: cash });
    expect(paid).toMatchObject({
      net: 68640,
      toPay: 68700,
      paid: { method: 'cash', amount: 68700, date: '2026-12-15' },
    });
    expect(paid.paid?.receiptNumber).toBe('V-2026-0001');
    const book = () => desk.app.ok('cash.book', { from: '2026-12-15', to: '2026-12-15' }).entries;
    expect(book()).toMatchObject([{ kind: 'payday', amount: -68700, clientId: cash }]);
    expect(desk.app.err('payroll.markPaid', { month: '2026-11', clientId: cash })).toMatchObject({
      code: 'payroll.alreadyPaid',
      field: 'clientId',
    });
    const undone = desk.app.ok('payroll.unmarkPaid', { month: '2026-11', clientId: cash, reason: 'Vyplaceno omylem' });
    expect(undone.paid).toBeNull();
    expect(book()).toMatchObject([
      { kind: 'payday', amount: -68700 },
      { kind: 'cancellation', amount: 68700, note: 'Vyplaceno omylem' },
    ]);
    expect(desk.app.err('payroll.unmarkPaid', { month: '2026-11', clientId: cash, reason: 'Znovu' })).toMatchObject({
      code: 'payroll.notPaid',
    });
    expect(desk.app.ok('payroll.markPaid', { month: '2026-11', clientId: cash }).paid?.receiptNumber).toBe(
      'V-2026-0002',
    );
    expect(desk.month('2026-11').totals).toMatchObject({ paidClients: 1, toPayCash: 68700 });
  });

  test('a payout cancelled in the cash book leaves the client unpaid', () => {
    close();
    const paid = desk.app.ok('payroll.markPaid', { month: '2026-11', clientId: cash });
    desk.app.ok('cash.cancelReceipt', { id: paid.paid?.receiptId ?? 0, reason: 'Špatná částka' });
    expect(desk.payslip('2026-11', cash).paid).toBeNull();
    expect(desk.app.ok('payroll.markPaid', { month: '2026-11', clientId: cash }).paid).toMatchObject({ amount: 68700 });
  });

  test('a bank transfer is marked with its date, to the haléř, without touching the cash book', () => {
    close();
    desk.at('2026-12-15', '10:00');
    expect(desk.app.err('payroll.markPaid', { month: '2026-11', clientId: bank, date: '2026-12-16' })).toMatchObject({
      code: 'payroll.futurePayDate',
      field: 'date',
    });
    expect(desk.app.err('payroll.markPaid', { month: '2026-11', clientId: bank, date: '2026-11-30' })).toMatchObject({
      code: 'payroll.payDateBeforeClose',
      field: 'date',
    });
    // Declared: advance tax 15 % of 900 = 135, less the credit → 0; 806.40 paid as it is.
    const paid = desk.app.ok('payroll.markPaid', { month: '2026-11', clientId: bank, date: '2026-12-14' });
    expect(paid).toMatchObject({ toPay: 80640, paid: { method: 'bank', date: '2026-12-14', receiptId: null } });
    expect(desk.app.ok('cash.book', { from: '2026-12-01', to: '2026-12-31' }).entries).toEqual([]);
    desk.app.ok('payroll.unmarkPaid', { month: '2026-11', clientId: bank, reason: 'Převod se vrátil' });
    expect(desk.payslip('2026-11', bank).paid).toBeNull();
  });
});

describe('advances above the net pay', () => {
  test('are shown with the difference and a warning, never deducted: nothing is paid on payday', () => {
    desk.at('2026-11-04', '13:00');
    for (const date of ['2026-11-02', '2026-11-04']) {
      const advance = desk.app.ok('advances.ofDay', { date }).find((a) => a.clientId === cash);
      desk.app.ok('advances.pay', { workRecordId: advance?.workRecordId ?? 0 });
    }
    // The shift of the 4th lasted half an hour: the month brings 403.20 + 67.20 = 470.40 gross,
    // withholding ⌊470 × 15 %⌋ = 70, net 400.40, against 2 × 302.00 = 604.00 advanced.
    const day = desk.app.ok('attendance.day', { date: '2026-11-04' });
    const arrivalId = day.shifts[0]?.clients.find((c) => c.clientId === cash)?.arrival?.id ?? 0;
    desk.at('2026-11-05', '10:00');
    desk.app.ok('attendance.saveWorkRecord', { arrivalId, start: '09:00', end: '09:30', reason: 'Odešel dřív' });
    const month = desk.month('2026-11');
    const payslip = month.payslips.find((p) => p.clientId === cash);
    expect(payslip).toMatchObject({ gross: 47040, tax: 7000, net: 40040, advances: 60400 });
    expect(payslip).toMatchObject({ remainder: -20360, toPay: 0, overAdvanced: 20360 });
    expect(month.totals.overAdvanced).toBe(20360);
    const warning = month.warnings.find((w) => w.code === 'advancesAboveNet');
    expect(warning).toMatchObject({ clientId: cash, kind: 'warning' });
    expect(warning?.message).toContain('203,60');
    close();
    const paid = desk.app.ok('payroll.markPaid', { month: '2026-11', clientId: cash });
    expect(paid.paid).toMatchObject({ amount: 0, receiptId: null });
  });
});
