import { afterEach, describe, expect, it } from 'vitest';
import { auditCount } from '../schedule/support.js';
import { countRows, makeTempDir, plain, removeDir } from '../support.js';
import { pdfText } from './support.js';
import { shiftDesk, type ShiftDesk } from './shift.js';

// Agreements from 2 November 2026 at the default rate (134.40 CZK an hour, 75 % advance share) unless said otherwise.
let desk: ShiftDesk;
afterEach(() => desk.app.close());

const crowns = (n: number) => n * 100;

describe('the proposal', () => {
  it('is the share of the shift’s gross rounded down to whole crowns, paid in the shift’s week', () => {
    desk = shiftDesk();
    const id = desk.work('2026-11-23');
    const proposal = desk.app.ok('advances.propose', { workRecordId: id });
    // 3 h × 134.40 = 403.20; 75 % = 302.40 → 302. No declaration: withholding tax 60, net 343.20.
    expect(proposal).toMatchObject({
      workDate: '2026-11-23',
      minutes: 180,
      payMonth: '2026-11',
      shiftGross: 40320,
      shareBp: 7500,
      share: crowns(302),
      expectedNet: 34320,
      paidBefore: 0,
      cap: crowns(343),
      amount: crowns(302),
      capped: false,
      status: 'open',
      payableUntil: '2026-11-29',
      receipt: null,
      cashBalance: 0,
    });
    expect(desk.app.ok('advances.ofDay', { date: '2026-11-23' })).toEqual([proposal]);
    expect(desk.app.ok('advances.ofDay', { date: '2026-11-24' })).toEqual([]);
  });

  it('is cut by the cap when insurance and the minimum health base leave less net pay', () => {
    desk = shiftDesk({ hourlyRate: 50000 });
    const id = desk.work('2026-11-23', { start: '08:00', end: '18:00' });
    // 10 h × 500 = 5,000 ≥ 4,500: social 355, health 225 + (3,024 − 675) = 2,574 (minimum base),
    // advance tax 750 (no declaration) → net 1,321; the share would be 3,750.
    expect(desk.app.ok('advances.propose', { workRecordId: id })).toMatchObject({
      shiftGross: crowns(5000),
      share: crowns(3750),
      expectedNet: crowns(1321),
      cap: crowns(1321),
      amount: crowns(1321),
      capped: true,
    });
  });

  it('is cut less when the state also pays the client’s health insurance', () => {
    desk = shiftDesk({ hourlyRate: 50000, statePaysHealthInsurance: true });
    const id = desk.work('2026-11-23', { start: '08:00', end: '18:00' });
    // Net 5,000 − 355 − 225 − 750 = 3,670 < 3,750.
    expect(desk.app.ok('advances.propose', { workRecordId: id })).toMatchObject({
      expectedNet: crowns(3670),
      amount: crowns(3670),
      capped: true,
    });
  });

  it('counts the advances already paid in the month against the cap', () => {
    desk = shiftDesk({ hourlyRate: 50000 });
    desk.app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: crowns(20000) });
    const first = desk.work('2026-11-16');
    desk.at('2026-11-16', '12:40');
    desk.app.ok('advances.pay', { workRecordId: first });
    const second = desk.work('2026-11-23', { start: '08:00', end: '15:00' });
    // 3 h + 7 h × 500 = 5,000 → net 1,321 for the month; 1,125 already paid for the first shift.
    expect(desk.app.ok('advances.propose', { workRecordId: second })).toMatchObject({
      paidBefore: crowns(1125),
      expectedNet: crowns(1321),
      cap: crowns(196),
      amount: crowns(196),
      capped: true,
    });
    expect(desk.app.ok('advances.propose', { workRecordId: first })).toMatchObject({
      status: 'paid',
      amount: crowns(1125),
      paidBefore: 0,
    });
  });
});

describe('paying', () => {
  it('records the payout and a numbered receipt whose text has the amount in words', async () => {
    desk = shiftDesk();
    const dir = makeTempDir();
    try {
      desk.app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: crowns(1000) });
      const id = desk.work('2026-11-23');
      const file = await desk.app.print('advances.pay', { workRecordId: id, lang: 'cs' });
      const text = plain(pdfText(dir, file, 'advance.pdf'));
      expect(file.fileName).toBe('doklad-v-2026-0001-stastny-rehor.pdf');
      expect(text).toContain('Výdajový pokladní doklad č. V-2026-0001');
      expect(text).toContain('302,00 Kč');
      expect(text).toContain('tři sta dvě koruny české');
      expect(text).toContain('Řehoř Šťastný');
      expect(text).toContain('za práci dne 23. 11. 2026');
      const paid = desk.app.ok('advances.propose', { workRecordId: id });
      expect(paid).toMatchObject({ status: 'paid', receipt: { number: 'V-2026-0001', date: '2026-11-23' } });
      const book = desk.app.ok('cash.book', { from: '2026-11-23', to: '2026-11-23' });
      expect(book.entries).toMatchObject([{ kind: 'advance', amount: -crowns(302), balance: crowns(698) }]);
      expect(desk.app.err('advances.pay', { workRecordId: id })).toMatchObject({
        code: 'cash.advancePaid',
        field: 'workRecordId',
      });
    } finally {
      removeDir(dir);
    }
  }, 20_000);

  it('says when a correction after the payout leaves the month over-advanced', () => {
    desk = shiftDesk();
    desk.app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: crowns(1000) });
    const id = desk.work('2026-11-23');
    desk.app.ok('advances.pay', { workRecordId: id });
    expect(desk.app.ok('advances.propose', { workRecordId: id }).overAdvanced).toBe(0);
    const day = desk.app.ok('attendance.day', { date: '2026-11-23' });
    const arrival = day.shifts.flatMap((s) => s.clients).find((c) => c.workRecord?.id === id)?.arrival;
    if (!arrival) throw new Error('the worked shift has no arrival');
    desk.at('2026-11-24', '10:00');
    desk.app.ok('attendance.saveWorkRecord', {
      arrivalId: arrival.id,
      start: '09:00',
      end: '10:00',
      reason: 'Odešel po hodině',
    });
    // 1 h × 134.40 = 134.40; withholding tax 15 % of 134 = 20 → net 114.40; 302 was paid.
    expect(desk.app.ok('advances.propose', { workRecordId: id })).toMatchObject({
      status: 'paid',
      amount: crowns(302),
      expectedNet: 11440,
      overAdvanced: crowns(302) - 11440,
    });
  });

  it('refuses to take the cash box below zero unless the coordinator confirms it', () => {
    desk = shiftDesk();
    desk.app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: crowns(100) });
    const id = desk.work('2026-11-23');
    const audits = auditCount(desk.app);
    const refused = desk.app.err('advances.pay', { workRecordId: id }, 'cs');
    expect(refused).toMatchObject({ code: 'cash.wouldGoNegative', field: 'amount' });
    expect(refused.message).toContain('-202,00');
    expect(countRows(desk.app.database.sqlite, 'cash_receipts')).toBe(0);
    expect(countRows(desk.app.database.sqlite, 'cash_entries')).toBe(1);
    expect(auditCount(desk.app)).toBe(audits);
    desk.app.ok('advances.pay', { workRecordId: id, allowNegative: true });
    expect(desk.app.ok('cash.book', { from: '2026-11-01', to: '2026-11-30' }).closingBalance).toBe(-crowns(202));
  });

  it('can wait until the end of the shift’s week, not longer', () => {
    desk = shiftDesk();
    desk.app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: crowns(5000) });
    const early = desk.work('2026-11-16');
    const late = desk.work('2026-11-23');
    desk.at('2026-11-22', '18:00');
    desk.app.ok('advances.pay', { workRecordId: early });
    desk.at('2026-11-30', '08:00');
    expect(desk.app.ok('advances.propose', { workRecordId: late }).status).toBe('weekOver');
    const refused = desk.app.err('advances.pay', { workRecordId: late }, 'cs');
    expect(refused.code).toBe('cash.advanceWeekOver');
    expect(plain(refused.message)).toContain('nejpozději 29. 11. 2026');
    const book = desk.app.ok('cash.book', { from: '2026-11-22', to: '2026-11-22' });
    expect(book.entries).toMatchObject([{ kind: 'advance', amount: -crowns(302) }]);
  });

  it('once declined is not paid, and is declined once', () => {
    desk = shiftDesk();
    const id = desk.work('2026-11-23');
    const declined = desk.app.ok('advances.decline', { workRecordId: id, reason: 'Chce celou odměnu najednou' });
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Chce celou odměnu najednou' });
    expect(desk.app.err('advances.pay', { workRecordId: id }).code).toBe('cash.advanceDeclined');
    expect(desk.app.err('advances.decline', { workRecordId: id }).code).toBe('cash.advanceDeclined');
    expect(desk.app.err('advances.propose', { workRecordId: 999 })).toMatchObject({
      code: 'notFound',
      field: 'workRecordId',
    });
  });

  it('is paid again after its receipt is cancelled, with the next number, both receipts kept', () => {
    desk = shiftDesk();
    desk.app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: crowns(5000) });
    const id = desk.work('2026-11-23');
    desk.app.ok('advances.pay', { workRecordId: id });
    const first = desk.app.ok('advances.propose', { workRecordId: id }).receipt;
    desk.at('2026-12-01', '10:00');
    desk.app.ok('cash.cancelReceipt', { id: first?.id ?? 0, reason: 'Podpis na špatném dokladu' });
    const reopened = desk.app.ok('advances.propose', { workRecordId: id });
    expect(reopened).toMatchObject({ status: 'weekOver', receipt: null, paidBefore: 0, amount: crowns(302) });
    desk.app.ok('advances.pay', { workRecordId: id });
    const again = desk.app.ok('advances.propose', { workRecordId: id });
    expect(again).toMatchObject({ status: 'paid', receipt: { number: 'V-2026-0002', date: '2026-12-01' } });
    expect(desk.app.ok('cash.receipt', { id: first?.id ?? 0 })).toMatchObject({
      number: 'V-2026-0001',
      cancelled: true,
      cancelReason: 'Podpis na špatném dokladu',
    });
    const december = desk.app.ok('cash.book', { from: '2026-12-01', to: '2026-12-31' });
    expect(december.entries.map((e) => [e.kind, e.amount, e.receiptNumber])).toEqual([
      ['cancellation', crowns(302), 'V-2026-0001'],
      ['advance', -crowns(302), 'V-2026-0002'],
    ]);
    expect(december.closingBalance).toBe(crowns(5000 - 302));
  });
});
