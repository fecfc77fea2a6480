import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixedNow } from '../helpers/db.js';
import { openBrowserApp, screenProblems, type BrowserApp, visit } from '../helpers/browser.js';
import { attendanceDefaults } from '../../core/attendance/settings.js';
import { employerInput, plain } from '../unit/support.js';

// The cash book as the coordinator starts it: the opening balance, cash from the bank, the month printed.
let app: BrowserApp;

beforeAll(async () => {
  app = await openBrowserApp({ now: fixedNow });
  app.runtime.dispatcher.call('settings.saveEmployer', employerInput);
});

afterAll(async () => {
  await app.close();
});

test('the book starts with the opening balance and keeps the balance after each top-up', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Pokladna' }).click();
  await expect.poll(() => page.getByText('Pokladní kniha ještě nezačala.').isVisible()).toBe(true);
  const opening = page.getByRole('region', { name: 'Počáteční stav pokladny' });
  await opening.getByRole('textbox', { name: 'Částka' }).fill('5 000');
  await opening.getByRole('button', { name: 'Zadat počáteční stav' }).click();
  await expect.poll(() => page.getByTestId('cash-balance').textContent()).toBe('5\u00a0000,00\u00a0Kč');

  const topUp = page.getByRole('region', { name: 'Doplnění hotovosti z banky' });
  await topUp.getByRole('textbox', { name: 'Částka' }).fill('dva tisíce');
  await topUp.getByRole('button', { name: 'Zapsat doplnění' }).click();
  await expect.poll(() => topUp.getByText('Neplatná hodnota.').isVisible()).toBe(true);
  expect(await topUp.getByRole('textbox', { name: 'Částka' }).inputValue()).toBe('dva tisíce');
  await topUp.getByRole('textbox', { name: 'Částka' }).fill('2000,50');
  await topUp.getByRole('textbox', { name: 'Poznámka' }).fill('Výběr z účtu');
  await topUp.getByRole('button', { name: 'Zapsat doplnění' }).click();
  await expect.poll(() => page.getByTestId('cash-balance').textContent()).toBe('7\u00a0000,50\u00a0Kč');
  await expect.poll(() => page.getByRole('cell', { name: 'Výběr z účtu' }).isVisible()).toBe(true);
  const book = app.runtime.dispatcher.call('cash.book', { from: '2026-11-01', to: '2026-11-30' });
  expect(book).toMatchObject({ ok: true, value: { closingBalance: 700050 } });
});

test('prints the month for the accountant', async () => {
  const { page } = app;
  const response = page.waitForResponse((r) => r.url().endsWith('/api/cash.printMonth'));
  await page.getByRole('button', { name: 'Tisk měsíce' }).click();
  const answer = await response;
  expect(decodeURIComponent(answer.headers()['x-shiftbook-file-name'] ?? '')).toBe('pokladna-2026-11.pdf');
  const file = path.join(app.dataDir, 'cash.pdf');
  fs.writeFileSync(file, await answer.body());
  const text = plain(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  expect(text).toContain('Pokladní kniha – listopad 2026');
  expect(text).toMatch(/Zůstatek na konci\s+7 000,50 Kč/);
  expect(text).toContain('Doplnění z banky');
  await page.keyboard.press('Escape');
});

/** An advance paid through the API for a shift worked today, as the Today screen pays it. */
async function paidAdvance(): Promise<void> {
  const call = <T>(method: string, input: unknown): T => {
    const answer = app.runtime.dispatcher.call(method, input);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.value as T;
  };
  const { id: clientId } = call<{ id: number }>('clients.create', {
    code: 'K-001',
    firstName: 'Řehoř',
    lastName: 'Šťastný',
    birthDate: '1980-03-15',
  });
  const { input } = call<{ input: Record<string, unknown> }>('agreements.draftDefaults', {
    clientId,
    validFrom: '2026-11-24',
  });
  const { id } = call<{ id: number }>('agreements.create', input);
  expect((await app.runtime.dispatcher.run('agreements.print', { id })).ok).toBe(true);
  call('agreements.sign', { id, signedOn: '2026-11-24' });
  const { shiftId } = call<{ shiftId: number }>('schedule.addExtraShift', {
    date: '2026-11-24',
    start: '09:30',
    end: '12:00',
    places: 1,
    place: 'Sklad',
  });
  const { bookingId } = call<{ bookingId: number }>('schedule.book', { shift: { shiftId }, clientId });
  const fitness = attendanceDefaults.fitnessItems.map((item) => ({ label: item.cs, ok: true }));
  const { arrival } = call<{ arrival: { id: number } }>('attendance.recordArrival', {
    bookingId,
    outcome: 'admitted',
    fitness,
  });
  const record = call<{ id: number }>('attendance.saveWorkRecord', {
    arrivalId: arrival.id,
    start: '09:30',
    end: '12:00',
  });
  expect((await app.runtime.dispatcher.run('advances.pay', { workRecordId: record.id })).ok).toBe(true);
}

test('a receipt paid by mistake is cancelled with its reason and both stay in the book', async () => {
  const { page } = app;
  await paidAdvance();
  await page.reload();
  // 2 h 30 min × 134.40 = 336.00; 75 % = 252.00.
  await expect.poll(() => page.getByTestId('cash-balance').textContent()).toBe('6\u00a0748,50\u00a0Kč');
  await page.getByRole('button', { name: 'Zrušit doklad V-2026-0001' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zrušit doklad V-2026-0001' });
  await dialog.getByRole('button', { name: 'Zrušit doklad' }).click();
  await expect.poll(() => dialog.getByText('Vyplňte prosím tento údaj.').isVisible()).toBe(true);
  await dialog.getByRole('textbox', { name: 'Důvod' }).fill('Podepsal jiný klient');
  await dialog.getByRole('button', { name: 'Zrušit doklad' }).click();
  await expect.poll(() => page.getByTestId('cash-balance').textContent()).toBe('7\u00a0000,50\u00a0Kč');
  await expect.poll(() => page.getByText('zrušen', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => page.getByRole('cell', { name: 'Storno dokladu' }).isVisible()).toBe(true);
  await app.shot('cash-cancelled');
});

test('fits 1024×768 and 1366×768 in both languages', async () => {
  const { page } = app;
  for (const lang of ['cs', 'en'] as const) {
    expect(app.runtime.dispatcher.call('settings.savePreferences', { language: lang }).ok).toBe(true);
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await visit(page, new URL('/cash', app.bridge.url).href);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.getByTestId('cash-balance').isVisible()).toBe(true);
      await page.waitForLoadState('networkidle');
      expect(await screenProblems(page), `${lang} ${width}`).toEqual([]);
      await app.shot(`cash-${lang}-${width}`);
    }
  }
});
