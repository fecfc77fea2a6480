import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowserApp, type BrowserApp } from '../helpers/browser.js';

let app: BrowserApp;

beforeAll(async () => {
  app = await openBrowserApp();
});

afterAll(async () => {
  await app.close();
});

test('the employer form refuses a bad IČO at the field and saves a good one', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Nastavení' }).click();
  await expect.poll(() => page.getByText('Před tiskem dohod doplňte').isVisible()).toBe(true);
  await page.getByRole('textbox', { name: 'Název organizace' }).fill('Kontaktní centrum Přístav, z. s.');
  await page.getByRole('textbox', { name: 'IČO' }).fill('12345678');
  await page.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => page.getByText('IČO není platné (8 číslic s kontrolní číslicí).').isVisible()).toBe(true);
  await page.getByRole('textbox', { name: 'IČO' }).fill('22601007');
  await page.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => page.getByText('Uloženo').isVisible()).toBe(true);
  const employer = app.runtime.dispatcher.call('settings.getEmployer', {});
  expect(employer).toMatchObject({ ok: true, value: { name: 'Kontaktní centrum Přístav, z. s.', ico: '22601007' } });
});

test('a new period of legal figures starts from the last one and is saved in haléře', async () => {
  const { page } = app;
  await page.getByRole('tab', { name: 'Zákonné a mzdové údaje' }).click();
  await expect.poll(() => page.getByRole('cell', { name: '134,40 Kč' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Přidat období' }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByRole('textbox', { name: /Platí od/ }).inputValue()).toBe('1. 1. 2027');
  await dialog.getByRole('textbox', { name: /Minimální mzda za hodinu/ }).fill('abc');
  await dialog.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => dialog.getByText('Neplatná hodnota.').isVisible()).toBe(true);
  await dialog.getByRole('textbox', { name: /Minimální mzda za hodinu/ }).fill('145,10');
  await dialog.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => page.getByRole('cell', { name: '145,10 Kč' }).isVisible()).toBe(true);
  const on2027 = app.runtime.dispatcher.call('settings.parametersOn', { date: '2027-06-01' });
  expect(on2027).toMatchObject({
    ok: true,
    value: { minWageHourly: 14510, validTo: '2027-12-31', weekendPremiumRate: 1000, holidayPremiumRate: 10000 },
  });
  await app.shot('settings-parameters');
});

test('deleting a period asks over its form: Escape closes only the question and keeps what was typed', async () => {
  const { page } = app;
  await page.getByRole('row', { name: /2027/ }).getByRole('button', { name: 'Upravit' }).click();
  const form = page.getByRole('dialog', { name: /^Období/ });
  const wage = form.getByRole('textbox', { name: /Minimální mzda za hodinu/ });
  await wage.fill('150,00');
  await form.getByRole('button', { name: 'Smazat' }).click();
  const asked = page.getByRole('dialog', { name: 'Smazat období?' });
  await expect.poll(() => asked.isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => asked.count()).toBe(0);
  expect(await form.isVisible()).toBe(true);
  expect(await wage.inputValue()).toBe('150,00');

  await form.getByRole('button', { name: 'Smazat' }).click();
  await asked.getByRole('button', { name: 'Smazat období' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => page.getByRole('cell', { name: '145,10 Kč' }).count()).toBe(0);
});
