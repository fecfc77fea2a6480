import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedAgreements } from '../../core/demo/agreements.js';
import { seedSignUps } from '../../core/demo/schedule.js';
import { must, seedClients, seedEmployer } from '../../core/demo/seed.js';
import type { Client } from '../../core/contract/clients.js';
import { openBrowserApp, screenProblems, type BrowserApp, visit } from '../helpers/browser.js';
import { fixedNow } from '../helpers/db.js';

// The screens used at the door, on the two laptop sizes the centre has, in
// both languages, with the demo data and a name as long as real ones get.
let app: BrowserApp;
let longNamed: Client;

beforeAll(async () => {
  app = await openBrowserApp({ now: fixedNow });
  const api = app.runtime.dispatcher;
  seedEmployer(api);
  const clients = seedClients(api, { clients: 30, now: fixedNow() });
  seedAgreements(api, clients, fixedNow());
  seedSignUps(api, clients, fixedNow());
  longNamed = must<Client>(api, 'clients.create', {
    code: 'K-LONG-NAME-01',
    firstName: 'Marie-Magdaléna Bohuslava',
    lastName: 'Nováková-Dvořáková',
    nickname: 'Magdaléna od nádraží',
    birthDate: '1979-07-22',
  });
  const week = must<{ shifts: { ref: unknown }[] }>(api, 'schedule.week', { year: 2026, week: 48 });
  must(api, 'schedule.book', { shift: week.shifts.at(-1)!.ref, clientId: longNamed.id });
});

afterAll(async () => {
  await app.close();
});

const sizes = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

const screens = [
  { name: 'week', path: () => '/week/2026/48', ready: 'Marie-Magdaléna' },
  { name: 'agreements', path: () => '/agreements', ready: null },
  { name: 'client', path: () => `/clients/${longNamed.id}`, ready: 'Nováková-Dvořáková' },
  { name: 'settings', path: () => '/settings?tab=attendance', ready: null },
] as const;

for (const lang of ['cs', 'en'] as const) {
  test(`the week board, agreements, client page and settings fit 1366×768 and 1024×768 (${lang})`, async () => {
    must(app.runtime.dispatcher, 'settings.savePreferences', { language: lang });
    const { page } = app;
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const screen of screens) {
        await visit(page, new URL(screen.path(), app.bridge.url).href);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
        if (screen.ready) await expect.poll(() => page.getByText(screen.ready).first().isVisible()).toBe(true);
        await page.waitForLoadState('networkidle');
        await app.shot(`screen-${screen.name}-${lang}-${size.width}`);
        expect(await screenProblems(page), `${screen.name} ${lang} ${size.width}`).toEqual([]);
        if (screen.name === 'settings') {
          // The tabs (eight) stay in one row rather than leave one or two on a second.
          const boxes = await Promise.all((await page.getByRole('tab').all()).map((tab) => tab.boundingBox()));
          expect(boxes).toHaveLength(8);
          expect(new Set(boxes.map((box) => box?.y)).size, `settings tabs ${lang} ${size.width}`).toBe(1);
        }
      }
    }
  });
}

test('forms keep what was typed: an impossible date, a number out of range, a reason far too long', async () => {
  must(app.runtime.dispatcher, 'settings.savePreferences', { language: 'en' });
  const { page } = app;
  await page.setViewportSize(sizes[0]);
  await visit(page, new URL('/week/2026/49', app.bridge.url).href);
  await page.getByRole('button', { name: 'Extra shift' }).click();
  const dialog = page.getByRole('dialog', { name: 'Extra shift' });
  const day = dialog.getByRole('textbox', { name: /^Day/ });
  await day.fill('31. 2. 2026');
  // Esc closes the open calendar, and only the calendar.
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await day.blur();
  await expect.poll(() => day.inputValue()).toBe('31. 2. 2026');
  await dialog.getByRole('textbox', { name: /^Places/ }).fill('-3');
  await dialog.getByRole('textbox', { name: /^Place\b/ }).fill('Kontaktní centrum');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => dialog.getByText('Enter a valid date (YYYY-MM-DD).').isVisible()).toBe(true);
  await expect.poll(() => dialog.getByText('At least 1.').isVisible()).toBe(true);
  await expect.poll(() => day.inputValue()).toBe('31. 2. 2026');
  await expect.poll(() => dialog.getByRole('textbox', { name: /^Places/ }).inputValue()).toBe('-3');
  await app.shot('form-kept-as-typed');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);

  await page.getByRole('button', { name: /^More actions: Mon/ }).click();
  await page.getByRole('menuitem', { name: 'Cancel shift…' }).click();
  const cancel = page.getByRole('dialog', { name: /^Cancel the shift/ });
  const reason = cancel.getByRole('textbox', { name: /^Reason/ });
  await reason.fill('x'.repeat(10_000));
  await expect.poll(() => cancel.getByText('9800 characters too many').isVisible()).toBe(true);
  await cancel.getByRole('button', { name: 'Cancel the shift' }).click();
  await expect.poll(() => cancel.getByText('At most 200 characters.').isVisible()).toBe(true);
  expect((await reason.inputValue()).length).toBe(10_000);
  await app.shot('form-reason-too-long');
});

test('the client page books a shift from its summary', async () => {
  must(app.runtime.dispatcher, 'settings.savePreferences', { language: 'en' });
  const { page } = app;
  await visit(page, new URL(`/clients/${longNamed.id}`, app.bridge.url).href);
  await page.getByRole('button', { name: 'Book a shift' }).click();
  const dialog = page.getByRole('dialog', { name: /^Book a shift/ });
  await dialog
    .getByRole('button', { name: /^Book on Fri 4 Dec/ })
    .first()
    .click();
  await expect.poll(() => dialog.count()).toBe(0);
  const summary = page.getByRole('group', { name: 'Summary' });
  await expect.poll(() => summary.getByText(/^Fri.4.Dec/).isVisible()).toBe(true);
});
