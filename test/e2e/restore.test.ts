import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { must } from '../../core/demo/seed.js';
import { openBrowserApp, registerClients, screenProblems, type BrowserApp, visit } from '../helpers/browser.js';

let app: BrowserApp;
beforeAll(async () => {
  app = await openBrowserApp();
});
afterAll(async () => {
  await app.close();
});

const clientNames = async () => {
  await app.page.getByRole('link', { name: 'Klienti' }).click();
  await app.page.getByRole('heading', { name: 'Klienti', level: 1 }).waitFor();
  await app.page.waitForTimeout(300);
  return app.page.getByText(/Šťastný|Novotná/).allTextContents();
};

test('a backup restored and the restore undone, as a coordinator would do it', async () => {
  const { page } = app;
  registerClients(app, [['K-001', 'Řehoř', 'Šťastný']]);
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('heading', { name: 'Data a zálohy' }).waitFor();
  await page.getByRole('button', { name: 'Zálohovat teď' }).click();
  await expect.poll(() => page.getByText('Záloha je uložená a ověřená.').isVisible()).toBe(true);
  await expect.poll(() => page.getByText('klientů: 1, dohod: 0, měsíců s prací: 0').count()).toBe(1);

  // Later in the day a second client is registered; then the coordinator goes back to the backup.
  await page.waitForTimeout(1100);
  registerClients(app, [['K-002', 'Jana', 'Novotná']]);
  expect(await clientNames()).toHaveLength(2);
  await page.getByRole('link', { name: 'Data' }).click();
  await page
    .getByRole('button', { name: /^Obnovit zálohu z / })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Obnovit data ze zálohy?' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('Obsahuje klientů: 1, dohod: 0, měsíců s prací: 0');
  expect(await dialog.textContent()).toContain('Dnešní data se nejdřív uloží jako záloha „před obnovou“');
  await app.shot('restore-dialog-cs');
  await dialog.getByRole('button', { name: 'Obnovit' }).click();
  await expect.poll(() => page.getByText(/Data jsou obnovená ze zálohy/).isVisible()).toBe(true);
  expect(await clientNames()).toHaveLength(1);

  // It was a mistake: undo brings the second client back.
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Vrátit obnovu' }).click();
  await expect.poll(() => page.getByText('Data jsou zase taková, jaká byla před obnovou.').isVisible()).toBe(true);
  expect(await clientNames()).toHaveLength(2);
}, 90_000);

test('the data page fits 1024×768 and 1366×768 in Czech and English', async () => {
  const { page } = app;
  for (const lang of ['cs', 'en'] as const) {
    app.runtime.dispatcher.call('settings.savePreferences', { language: lang });
    await page.reload();
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await visit(page, `${app.bridge.url.replace(/\/$/, '')}/data`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(400);
      expect(await screenProblems(page), `${lang} ${width}`).toEqual([]);
      await app.shot(`data-${lang}-${width}`);
    }
  }
}, 90_000);

test('printed documents are cleared from their folder after one question', async () => {
  const { page } = app;
  const printed = () => must<{ folder: string; files: unknown[] }>(app.runtime.dispatcher, 'backups.printed', {});
  fs.mkdirSync(printed().folder, { recursive: true });
  for (const name of ['dohoda-2026-001.pdf', 'dohoda-2026-002.pdf']) {
    fs.writeFileSync(path.join(printed().folder, name), '%PDF-1.4');
  }
  must(app.runtime.dispatcher, 'settings.savePreferences', { language: 'cs' });
  await visit(page, new URL('/data', app.bridge.url).href);
  await page.getByRole('button', { name: 'Smazat všechny' }).click();
  const asked = page.getByRole('dialog', { name: 'Vytištěné dokumenty' });
  await expect.poll(() => asked.isVisible()).toBe(true);
  await asked.getByRole('button', { name: 'Smazat všechny' }).click();
  await expect.poll(() => asked.count()).toBe(0);
  await expect.poll(() => page.getByText('Smazány 2 dokumenty.').isVisible()).toBe(true);
  expect(printed().files).toEqual([]);
});
