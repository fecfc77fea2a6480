import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowserApp, type BrowserApp } from '../helpers/browser.js';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp();
  // A stored value that fails its schema, as a damaged file or a hand edit could leave it.
  app.runtime.database.sqlite
    .prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES ('employer', '{"payday": 45}', '2026-11-24T09:00:00')`,
    )
    .run();
});
afterAll(async () => {
  await app.close();
});

test('damaged organisation details are reported by name, and saving them again repairs them', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Nastavení' }).click();
  await expect
    // The read is tried twice (the query's one retry) before the screen shows the refusal.
    .poll(() => page.getByText(/Nastavení „Údaje o organizaci“ uložené v databázi je neplatné/).isVisible(), {
      timeout: 10_000,
    })
    .toBe(true);
  // Nothing is filled in as if it were stored.
  await expect.poll(() => page.getByRole('textbox', { name: 'IČO' }).inputValue()).toBe('');
  await page.getByRole('textbox', { name: 'Název organizace' }).fill('Kontaktní centrum Přístav, z. s.');
  await page.getByRole('textbox', { name: /^Výplatní den/ }).fill('15');
  await page.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => page.getByText('Uloženo').isVisible()).toBe(true);
  await expect.poll(() => page.getByText(/uložené v databázi je neplatné/).count()).toBe(0);
  const employer = app.runtime.dispatcher.call('settings.getEmployer', {});
  expect(employer).toMatchObject({ ok: true, value: { name: 'Kontaktní centrum Přístav, z. s.', payday: 15 } });
});
