import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { payDesk, everything, plain, type PayDesk } from './support.js';

/**
 * November 2026: client 1 (cash, no declaration) works Mon 2, Wed 4 and Fri 6,
 * with the advance of the 6th paid; a shift on Mon 30 is booked and never
 * recorded. The month is closed on 1 December.
 */
let desk: PayDesk;
let client: number;
let shifts: { arrivalId: number; workRecordId: number }[];
let unrecorded: number;
beforeEach(() => {
  desk = payDesk('2026-11-01');
  desk.app.ok('cash.setOpeningBalance', { date: '2026-11-01', amount: 500000 });
  client = desk.client();
  desk.agreement(client, [{ from: '2026-11-01', to: null, terms: { hourlyRate: 13440 } }]);
  shifts = ['2026-11-02', '2026-11-04', '2026-11-06'].map((date) => desk.work(client, date));
  desk.app.ok('advances.pay', { workRecordId: shifts[2]?.workRecordId ?? 0 });
  unrecorded = desk.book(client, '2026-11-30');
});
afterEach(() => desk.app.close());

function close() {
  desk.at('2026-12-01', '10:00');
  return desk.app.ok('payroll.close', { month: '2026-11', confirmWarnings: true });
}

describe('closing a month', () => {
  test('is refused before the month is over, and with warnings not confirmed', () => {
    desk.at('2026-11-30', '20:00');
    const early = desk.app.err('payroll.close', { month: '2026-11', confirmWarnings: true });
    expect(early).toMatchObject({ code: 'payroll.monthNotOver', field: 'month' });
    expect(plain(early.message)).toBe(
      'November 2026 is not over yet (its last day is 30 Nov 2026); it can be closed after that.',
    );
    desk.at('2026-12-01', '10:00');
    const before = everything(desk.app);
    expect(desk.app.err('payroll.close', { month: '2026-11' }, 'cs')).toMatchObject({
      code: 'payroll.unconfirmedWarnings',
      field: 'confirmWarnings',
      message: 'Měsíc listopad\u00a02026 má 1 upozornění. Projděte ho a uzávěrku potvrďte.',
    });
    expect(everything(desk.app)).toBe(before);
  });

  test('keeps a snapshot: later changes to the client, the rates or the figures do not touch it', () => {
    const draft = desk.month('2026-11');
    const closed = close();
    expect(closed.state).toBe('closed');
    expect(closed.payslips).toEqual(draft.payslips.map((p) => ({ ...p, changes: [], paid: null })));
    // 3 × 403.20 = 1,209.60; withholding ⌊1,209 × 15 %⌋ = 181; net 1,028.60; advance 75 % of 403.20 → 302.
    expect(closed.payslips[0]).toMatchObject({ gross: 120960, tax: 18100, net: 102860, advances: 30200 });
    expect(closed.payslips[0]).toMatchObject({ remainder: 72660, toPay: 72700 });
    expect(closed.warnings.map((w) => w.code)).toEqual(['noTaxDeclaration']);
    const renamed = { id: client, code: 'K-001', firstName: 'Jiný', lastName: 'Šťastný', birthDate: '1980-03-15' };
    desk.app.ok('clients.update', renamed);
    const figures = desk.app.ok('settings.parametersOn', { date: '2026-11-30' });
    const { updatedAt: _updatedAt, ...values } = figures;
    desk.app.ok('settings.saveParameters', { ...values, incomeTaxRate: 2300, minWageHourly: 14000 });
    expect(desk.month('2026-11')).toEqual(closed);
  });

  test('locks the month through every door, changing nothing', () => {
    close();
    const [first, , third] = shifts;
    if (!first || !third) throw new Error('three shifts');
    const advance = desk.app.ok('advances.propose', { workRecordId: third.workRecordId });
    const before = everything(desk.app);
    const locked = { code: 'attendance.locked', field: 'arrivalId' };
    const correction = { arrivalId: first.arrivalId, start: '09:00', end: '10:00', reason: 'Oprava' };
    const refused = desk.app.err('attendance.saveWorkRecord', correction);
    expect(refused).toMatchObject(locked);
    expect(plain(refused.message)).toBe(
      '2 Nov 2026 belongs to the closed pay month November 2026; its attendance and work records can no longer change.',
    );
    expect(desk.app.err('attendance.recordNoShow', { bookingId: unrecorded })).toMatchObject({
      code: 'attendance.locked',
      field: 'bookingId',
    });
    const fitness = desk.app.ok('attendance.getSettings').fitnessItems.map((item) => ({ label: item.cs, ok: true }));
    expect(
      desk.app.err('attendance.recordArrival', { bookingId: unrecorded, outcome: 'admitted', time: '09:00', fitness }),
    ).toMatchObject({ code: 'attendance.locked' });
    const closedMonth = {
      code: 'payroll.monthClosed',
      message: expect.stringContaining('November\u00a02026') as string,
    };
    expect(desk.app.err('advances.pay', { workRecordId: first.workRecordId })).toMatchObject({
      ...closedMonth,
      field: 'workRecordId',
    });
    expect(desk.app.err('advances.decline', { workRecordId: first.workRecordId, reason: null })).toMatchObject(
      closedMonth,
    );
    expect(desk.app.err('cash.cancelReceipt', { id: advance.receipt?.id ?? 0, reason: 'Omyl' })).toMatchObject({
      ...closedMonth,
      field: 'id',
    });
    const adjustment = { month: '2026-11', clientId: client, sourceMonth: '2026-10', amount: 100, reason: 'Oprava' };
    expect(desk.app.err('payroll.addAdjustment', adjustment)).toMatchObject({ ...closedMonth, field: 'month' });
    expect(desk.app.err('payroll.close', { month: '2026-11', confirmWarnings: true })).toMatchObject(closedMonth);
    expect(desk.app.err('payroll.markSeen', { month: '2026-11' })).toMatchObject(closedMonth);
    expect(everything(desk.app)).toBe(before);
    // The desk shows the month's records as locked.
    const day = desk.app.ok('attendance.day', { date: '2026-11-02' });
    expect(day.shifts[0]?.clients[0]?.workRecord?.locked).toBe(true);
  });

  test('a correction after closing becomes an adjustment line of the next open month, with its reason', () => {
    close();
    expect(
      desk.app.err('payroll.addAdjustment', {
        month: '2026-12',
        clientId: client,
        sourceMonth: '2026-10',
        amount: 5000,
        reason: 'Chyběla půlhodina',
      }),
    ).toMatchObject({ code: 'payroll.sourceNotClosed', field: 'sourceMonth' });
    // The shift of 4 November lasted 3.5 h, not 3 h: half an hour at 134.40 is 67.20, paid in December.
    const added = desk.app.ok('payroll.addAdjustment', {
      month: '2026-12',
      clientId: client,
      sourceMonth: '2026-11',
      amount: 6720,
      reason: 'Směna 4. 11. trvala 3,5 h',
    });
    const december = desk.payslip('2026-12', client);
    expect(december).toMatchObject({
      shifts: [],
      gross: 0,
      net: 0,
      adjustmentsTotal: 6720,
      remainder: 6720,
      toPay: 6800,
      adjustments: [{ id: added.id, sourceMonth: '2026-11', amount: 6720, reason: 'Směna 4. 11. trvala 3,5 h' }],
    });
    expect(desk.month('2026-11').payslips[0]?.adjustmentsTotal).toBe(0);
    desk.app.ok('payroll.removeAdjustment', { id: added.id });
    expect(desk.month('2026-12').payslips).toEqual([]);
  });
});
