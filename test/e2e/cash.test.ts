import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixedNow } from '../helpers/db.js';
import { openBrowserApp, screenProblems, type BrowserApp } from '../helpers/browser.js';
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

test('fits 1024×768 and 1366×768 in both languages', async () => {
  const { page } = app;
  for (const lang of ['cs', 'en'] as const) {
    expect(app.runtime.dispatcher.call('settings.savePreferences', { language: lang }).ok).toBe(true);
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(new URL('/cash', app.bridge.url).href);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.getByTestId('cash-balance').isVisible()).toBe(true);
      await page.waitForLoadState('networkidle');
      expect(await screenProblems(page), `${lang} ${width}`).toEqual([]);
      await app.shot(`cash-${lang}-${width}`);
    }
  }
});
