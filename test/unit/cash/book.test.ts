import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/api/domain-error.js';
import { rehor, testApp, type TestApp } from '../../helpers/db.js';
import { countRows, employerInput, makeTempDir, plain, removeDir } from '../support.js';
import { paid, payOut, pdfText } from './support.js';

// The test clock stands at Tuesday 2026-11-24 09:00.
let app: TestApp;
let dir: string;
let clientId: number;

beforeEach(() => {
  dir = makeTempDir();
  app = testApp();
  app.ok('settings.saveEmployer', employerInput);
  clientId = app.ok('clients.create', rehor).id;
});
afterEach(() => {
  app.close();
  removeDir(dir);
});

describe('opening balance and top-ups', () => {
  it('keeps the balance after each entry, in date order', () => {
    app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: 500000, note: null });
    app.ok('cash.topUp', { date: '2026-11-20', amount: 300000, note: 'Výběr z účtu' });
    paid(payOut(app, { clientId, amount: 201600, date: '2026-11-23', workDate: '2026-11-23' }));
    const topUp = app.ok('cash.topUp', { date: '2026-11-10', amount: 100000 });
    expect(topUp.balance).toBe(600000);
    const book = app.ok('cash.book', { from: '2026-11-01', to: '2026-11-30' });
    expect(book.entries.map((e) => [e.date, e.kind, e.amount, e.balance])).toEqual([
      ['2026-11-02', 'opening', 500000, 500000],
      ['2026-11-10', 'topUp', 100000, 600000],
      ['2026-11-20', 'topUp', 300000, 900000],
      ['2026-11-23', 'advance', -201600, 698400],
    ]);
    expect(book).toMatchObject({ openingBalance: 0, received: 900000, paidOut: 201600, closingBalance: 698400 });
    expect(book.currentBalance).toBe(698400);
    const later = app.ok('cash.book', { from: '2026-11-15', to: '2026-11-30' });
    expect(later.openingBalance).toBe(600000);
    expect(later.entries[0]?.balance).toBe(900000);
  });

  it('takes the opening balance once, not after the first entry and never in the future', () => {
    expect(app.err('cash.topUp', { date: '2026-11-24', amount: 0 }).field).toBe('amount');
    app.ok('cash.topUp', { date: '2026-11-05', amount: 1000 });
    expect(app.err('cash.setOpeningBalance', { date: '2026-11-06', amount: 100 })).toMatchObject({
      code: 'cash.alreadyStarted',
      field: 'date',
    });
    app.ok('cash.setOpeningBalance', { date: '2026-11-01', amount: 100 });
    expect(app.err('cash.setOpeningBalance', { date: '2026-11-01', amount: 100 }).code).toBe('cash.alreadyStarted');
    expect(app.err('cash.topUp', { date: '2026-10-31', amount: 100 })).toMatchObject({
      code: 'cash.beforeStart',
      field: 'date',
    });
    expect(app.err('cash.topUp', { date: '2026-11-25', amount: 100 }).code).toBe('cash.futureDate');
    expect(countRows(app.database.sqlite, 'cash_entries')).toBe(2);
  });
});

describe('payouts', () => {
  it('refuses a payout that would take the balance below zero unless it is confirmed', () => {
    app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: 100000 });
    const refused = payOut(app, { clientId, amount: 100100, date: '2026-11-24' });
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'cash.wouldGoNegative', field: 'amount' });
    expect(countRows(app.database.sqlite, 'cash_entries')).toBe(1);
    expect(countRows(app.database.sqlite, 'cash_receipts')).toBe(0);
    paid(payOut(app, { clientId, amount: 100000, date: '2026-11-24' }));
    paid(payOut(app, { clientId, amount: 5000, date: '2026-11-24', allowNegative: true }));
    expect(app.ok('cash.book', { from: '2026-11-24', to: '2026-11-24' }).closingBalance).toBe(-5000);
  });

  it('refuses a back-dated payout that would take a later day below zero', () => {
    app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: 100000 });
    paid(payOut(app, { clientId, amount: 80000, date: '2026-11-20' }));
    expect(payOut(app, { clientId, amount: 30000, date: '2026-11-10' })).toMatchObject({
      code: 'cash.wouldGoNegative',
    });
  });

  it('numbers receipts per year without gaps, cancelled ones included', () => {
    app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: 1000000 });
    const first = paid(payOut(app, { clientId, amount: 10000, date: '2026-11-23' }));
    const second = paid(payOut(app, { clientId, amount: 20000, date: '2026-11-24' }));
    expect([first.number, second.number]).toEqual(['V-2026-0001', 'V-2026-0002']);
    const cancelled = app.ok('cash.cancelReceipt', { id: first.id, reason: 'Špatná částka' });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'Špatná částka' });
    const again = paid(payOut(app, { clientId, amount: 12000, date: '2026-11-24', replacesId: first.id }));
    expect(again).toMatchObject({ number: 'V-2026-0003', replacesNumber: 'V-2026-0001' });
    const next = paid(payOut(app, { clientId, amount: 1000, date: '2027-01-04' }, () => new Date(2027, 0, 4, 9)));
    expect(next.number).toBe('V-2027-0001');
    expect(app.err('cash.cancelReceipt', { id: first.id, reason: 'Znovu' }).code).toBe('cash.alreadyCancelled');
    const book = app.ok('cash.book', { from: '2026-11-01', to: '2026-11-30' });
    expect(book.entries.map((e) => [e.kind, e.amount, e.receiptNumber, e.receiptCancelled])).toEqual([
      ['opening', 1000000, null, false],
      ['advance', -10000, 'V-2026-0001', true],
      ['advance', -20000, 'V-2026-0002', false],
      ['cancellation', 10000, 'V-2026-0001', false],
      ['advance', -12000, 'V-2026-0003', false],
    ]);
    expect(book.closingBalance).toBe(1000000 - 20000 - 12000);
  });
});

describe('printed papers', () => {
  it('prints a receipt with the amount in words, Czech letters and both signatures', async () => {
    app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: 500000 });
    const receipt = paid(payOut(app, { clientId, amount: 151200, date: '2026-11-23', workDate: '2026-11-23' }));
    const cs = plain(pdfText(dir, await app.print('cash.printReceipt', { id: receipt.id, lang: 'cs' }), 'r-cs.pdf'));
    expect(cs).toContain('Výdajový pokladní doklad č. V-2026-0001');
    expect(cs).toContain('Kontaktní centrum Přístav, z. s.');
    expect(cs).toContain('Řehoř Šťastný');
    expect(cs).toContain('1 512,00 Kč');
    expect(cs).toContain('tisíc pět set dvanáct korun českých');
    expect(cs).toContain('Záloha na odměnu z dohody o pracovní činnosti za práci dne 23. 11. 2026');
    expect(cs).toContain('Jana Pokladní');
    expect(cs).toContain('přijal (podpis příjemce)');
    expect(cs).not.toContain('ZRUŠENO');
    const en = plain(pdfText(dir, await app.print('cash.printReceipt', { id: receipt.id, lang: 'en' }), 'r-en.pdf'));
    expect(en).toContain('Cash payment receipt No. V-2026-0001');
    expect(en).toContain('one thousand five hundred and twelve Czech crowns');

    app.ok('cash.cancelReceipt', { id: receipt.id, reason: 'Přepsané datum' });
    const gone = plain(pdfText(dir, await app.print('cash.printReceipt', { id: receipt.id, lang: 'cs' }), 'r-x.pdf'));
    expect(gone).toContain('Doklad byl zrušen dne 24. 11. 2026. Důvod: Přepsané datum');
  });

  it('prints the day and the month for the accountant with the balances', async () => {
    app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: 500000, note: 'Stav pokladny' });
    app.ok('cash.topUp', { date: '2026-11-23', amount: 200000 });
    paid(payOut(app, { clientId, amount: 151200, date: '2026-11-23', workDate: '2026-11-23' }));
    const day = plain(pdfText(dir, await app.print('cash.printDay', { date: '2026-11-23', lang: 'cs' }), 'd.pdf'));
    expect(day).toContain('Pokladní kniha – 23. 11. 2026');
    expect(day).toMatch(/Zůstatek na začátku\s+5 000,00 Kč/);
    expect(day).toMatch(/Zůstatek na konci\s+5 488,00 Kč/);
    expect(day).toContain('V-2026-0001');
    expect(day).toContain('Šťastný Řehoř');
    const month = plain(pdfText(dir, await app.print('cash.printMonth', { month: '2026-11', lang: 'en' }), 'm.pdf'));
    expect(month).toContain('Cash book – November 2026');
    expect(month).toMatch(/Balance at the start\s+CZK 0.00/);
    expect(month).toMatch(/Balance at the end\s+CZK 5,488.00/);
    expect(month).toContain('Opening balance');
    expect(app.err('cash.printMonth', { month: '2026-13' }).field).toBe('month');
  });
});
