import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.js';
import { openBrowserApp, type BrowserApp } from '../helpers/browser.js';
import { parameters2027 } from '../unit/support.js';

let app: BrowserApp;

// 24 November 2026: the figures for 2027 are due and not entered; nobody has given a name yet.
beforeAll(async () => {
  app = await openBrowserApp({ now: () => new Date(2026, 10, 24, 9, 0), coordinatorName: null });
});

afterAll(async () => {
  await app.close();
});

test('the first start’s question reads right to axe in English and in Czech', async () => {
  const { page } = app;
  const found: string[] = [];
  for (const [lang, title] of [
    ['en', 'Welcome to Shiftbook. What is your name?'],
    ['cs', 'Vítejte v Shiftbooku. Jak se jmenujete?'],
  ] as const) {
    app.runtime.dispatcher.call('settings.savePreferences', { language: lang });
    await page.reload();
    await expect.poll(() => page.getByRole('dialog', { name: title }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    found.push(...(await axeViolations(page)).map((line) => `${lang}: ${line}`));
  }
  expect(found, `\n${found.join('\n')}\n`).toEqual([]);
});

test('the first start asks for the coordinator’s name, which then acts in every change', async () => {
  const { page } = app;
  const dialog = page.getByRole('dialog', { name: 'Vítejte v Shiftbooku. Jak se jmenujete?' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await dialog.getByRole('textbox', { name: 'Vaše jméno' }).fill('Jana 🙂');
  await dialog.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => dialog.getByText(/písmena/).isVisible()).toBe(true);
  await expect.poll(() => dialog.getByRole('textbox', { name: 'Vaše jméno' }).inputValue()).toBe('Jana 🙂');
  await dialog.getByRole('textbox', { name: 'Vaše jméno' }).fill('Jana Malá');
  await dialog.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await app.shot('first-start-saved');
  app.runtime.dispatcher.call('settings.saveEmployer', { payday: 15 });
  const actor = app.runtime.database.sqlite
    .prepare(`SELECT actor FROM audit_log WHERE method = 'settings.saveEmployer'`)
    .get() as { actor: string };
  expect(actor.actor).toBe('Jana Malá');
});

test('from 1 November a banner asks for next year’s figures until they are entered', async () => {
  const { page } = app;
  const banner = page.getByRole('status').filter({ hasText: 'na rok 2027' });
  await expect.poll(() => banner.isVisible()).toBe(true);
  await expect.poll(() => banner.textContent()).toMatch(/^Od 1\.\s1\.\s2027 /);
  await banner.getByRole('link', { name: 'Zadat údaje na rok 2027' }).click();
  await expect
    .poll(() => page.getByRole('tab', { name: 'Zákonné a mzdové údaje', selected: true }).isVisible())
    .toBe(true);
  app.runtime.dispatcher.call('settings.saveParameters', parameters2027);
  await page.reload();
  await expect.poll(() => page.getByRole('tab', { name: 'Zákonné a mzdové údaje' }).isVisible()).toBe(true);
  expect(await banner.count()).toBe(0);
});
