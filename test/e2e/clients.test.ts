import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowserApp, type BrowserApp } from '../helpers/browser.js';

let app: BrowserApp;

beforeAll(async () => {
  app = await openBrowserApp();
});

afterAll(async () => {
  await app.close();
});

const field = (label: RegExp) => app.page.getByRole('textbox', { name: label });

test('registers Řehoř Šťastný and finds him by "rehor"', async () => {
  const { page } = app;
  // The app opens on the week board; the register is one click away.
  await page.getByRole('link', { name: 'Klienti', exact: true }).click();
  await expect.poll(() => page.getByText('Zatím tu nikdo není').isVisible()).toBe(true);
  await page.getByRole('link', { name: 'Nový klient' }).click();
  await expect.poll(() => page.locator(':focus').getAttribute('name')).toBe('firstName');
  await field(/^Jméno/).fill('Řehoř');
  await field(/^Příjmení/).fill('Šťastný');
  await field(/^Kód klienta/).fill('K-001');
  await field(/^Datum narození/).fill('15. 3. 1980');
  await field(/^Datum narození/).blur();
  await page.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Šťastný Řehoř');
  await expect.poll(() => page.getByText('Klient Řehoř Šťastný byl zaevidován.').isVisible()).toBe(true);

  await page.getByRole('link', { name: 'Klienti', exact: true }).first().click();
  await page.getByRole('searchbox', { name: /Hledat klienta/ }).fill('rehor');
  await expect.poll(() => page.getByRole('row', { name: /Šťastný Řehoř/ }).count()).toBe(1);
  await app.shot('clients-search');
  await page.getByRole('searchbox', { name: /Hledat klienta/ }).fill('nikdo-takovy');
  await expect.poll(() => page.getByText('Nikdo neodpovídá hledání').isVisible()).toBe(true);
});

test('edits the client and the change survives a reload', async () => {
  const { page } = app;
  await page.getByRole('searchbox', { name: /Hledat klienta/ }).fill('stastny');
  await page.getByRole('row', { name: /Šťastný Řehoř/ }).click();
  // The page reads first; the form opens on a deliberate Edit, its first field ready.
  await expect.poll(() => field(/^Přezdívka/).count()).toBe(0);
  await page.getByRole('button', { name: 'Upravit údaje' }).click();
  await expect.poll(() => page.locator(':focus').getAttribute('name')).toBe('firstName');
  await field(/^Přezdívka/).fill('Řeha');
  await field(/^Telefon/).fill('+420 601 234 567');
  await page.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => page.getByText('Změny u klienta Řehoř Šťastný byly uloženy.').isVisible()).toBe(true);
  await expect.poll(() => field(/^Přezdívka/).count()).toBe(0);
  await page.reload();
  await page.getByRole('button', { name: 'Upravit údaje' }).click();
  await expect.poll(() => field(/^Přezdívka/).inputValue()).toBe('Řeha');
  await expect.poll(() => field(/^Telefon/).inputValue()).toBe('+420 601 234 567');
  await app.shot('client-detail');
});

test('shows a validation error in Czech, and in English after switching', async () => {
  const { page } = app;
  await field(/^Příjmení/).fill('');
  await field(/^Příjmení/).blur();
  await expect.poll(() => page.getByText('Vyplňte prosím tento údaj.').isVisible()).toBe(true);
  await field(/^Rodné číslo/).fill('123');
  await field(/^Rodné číslo/).blur();
  await expect.poll(() => page.getByText('Rodné číslo není platné (RRMMDD/XXXX).').isVisible()).toBe(true);
  await app.shot('client-validation-cs');

  // Unsaved changes: leaving asks first, and staying keeps what was typed.
  await page.getByRole('link', { name: 'Nastavení' }).click();
  await page.getByRole('button', { name: 'Zůstat a upravovat' }).click();
  await expect.poll(() => field(/^Rodné číslo/).inputValue()).toBe('123');
  await page.getByRole('link', { name: 'Nastavení' }).click();
  await page.getByRole('button', { name: 'Odejít bez uložení' }).click();
  await page.getByRole('tab', { name: 'Osobní' }).click();
  await page.getByText('English', { exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');

  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('searchbox', { name: /Find a client/ }).fill('rehor');
  await page.getByRole('row', { name: /Šťastný Řehoř/ }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await field(/^Last name/).fill('');
  await field(/^Last name/).blur();
  await expect.poll(() => page.getByText('Please fill this in.').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByText('Please check the highlighted fields.').isVisible()).toBe(true);
  await app.shot('client-validation-en');
});

test('flags a likely duplicate before saving and saves only when confirmed', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await page.getByRole('link', { name: 'New client' }).click();
  await field(/^First name/).fill('Rehor');
  await field(/^Last name/).fill('Stastny');
  await field(/^Client code/).fill('K-002');
  await field(/^Date of birth/).fill('15/03/1980');
  await field(/^Date of birth/).blur();
  await expect.poll(() => page.getByText('Possible duplicate').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: /different person – save anyway/ }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Stastny Rehor');
});

test('a code already in use is refused at the field, and nothing is saved', async () => {
  const { page } = app;
  const before = app.runtime.dispatcher.call('clients.list', { includeInactive: true });
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'New client' }).click();
  await field(/^First name/).fill('Jana');
  await field(/^Last name/).fill('Nováková');
  await field(/^Client code/).fill('k-001');
  await field(/^Date of birth/).fill('1990-01-02');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(() => page.getByText('Client code "k-001" belongs to another client.').first().isVisible())
    .toBe(true);
  const after = app.runtime.dispatcher.call('clients.list', { includeInactive: true });
  expect(after).toEqual(before);
});

test('a suspension is recorded, shown in the list, and a deactivation can be undone', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await page.getByRole('searchbox', { name: /Find a client/ }).fill('K-001');
  await page.getByRole('row', { name: /Šťastný Řehoř/ }).click();
  await page.getByRole('textbox', { name: /^From/ }).fill('20/11/2026');
  await page.getByRole('textbox', { name: /^Reason/ }).fill('Porušení domácího řádu');
  await page.getByRole('button', { name: 'Add suspension' }).click();
  await expect.poll(() => page.getByText('The suspension was recorded.').isVisible()).toBe(true);
  await expect.poll(() => page.getByText('In force today').isVisible()).toBe(true);

  await page.getByRole('button', { name: 'Deactivate' }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: /Reason/ })
    .fill('Odstěhoval se');
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect.poll(() => page.getByText('Řehoř Šťastný has been deactivated.').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.getByText('Řehoř Šťastný is active again.').isVisible()).toBe(true);
  const client = app.runtime.dispatcher.call('clients.list', { query: 'K-001' });
  expect(client).toMatchObject({
    ok: true,
    value: { items: [{ active: true, suspended: true, suspendedUntil: null }] },
  });
});
