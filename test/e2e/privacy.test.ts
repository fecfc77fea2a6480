import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { must } from '../../core/demo/seed.js';
import { plain } from '../unit/support.js';
import {
  openBrowserApp,
  registerClients,
  screenProblems,
  screenshotDir,
  type BrowserApp,
  visit,
} from '../helpers/browser.js';
import { bookWeek, seedPayMonth, workDay } from '../helpers/payday.js';

// The change log and a client's data rights as a new coordinator meets them:
// Řehoř Šťastný signed and worked in November; his phone and note are changed
// later, his data exported, and once he has left he is anonymised when the
// centre's setting allows it. Žofie Křížová never worked: nothing of her name stays.
// (A backup restored and undone is proven in restore.test.ts.)
let app: BrowserApp;
let now = new Date(2026, 10, 2, 7, 0, 0);
let ids = new Map<string, number>();
const note = 'Tajná poznámka o zdraví';

async function setClock(date: Date): Promise<void> {
  now = date;
  await app.page.clock.setFixedTime(date);
}

beforeAll(async () => {
  app = await openBrowserApp({ now: () => now });
  ids = seedPayMonth(app.runtime.dispatcher);
  ids = new Map([...ids, ...registerClients(app, [['K-004', 'Žofie', 'Křížová']])]);
  const bookings = bookWeek(app.runtime.dispatcher, ids, 45);
  now = new Date(2026, 10, 2, 12, 30, 0);
  workDay(app.runtime.dispatcher, bookings);
  await setClock(new Date(2026, 10, 20, 10, 0, 0));
});

afterAll(async () => {
  await app.close();
});

/** Text as read: no-break spaces plain, lines and cells joined by one space. */
const flat = (text: string) => plain(text).replace(/\s+/g, ' ').trim();
const open = (to: string) => visit(app.page, `${app.bridge.url.replace(/\/$/, '')}${to}`);
const logText = async () => flat((await app.page.getByRole('table', { name: 'Záznam změn' }).textContent()) ?? '');
const field = (label: RegExp) => app.page.getByRole('textbox', { name: label });
const idOf = (lastName: string) => ids.get(lastName) ?? 0;

async function openClient(lastName: string): Promise<void> {
  await open(`/clients/${idOf(lastName)}`);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
}

async function editClient(change: () => Promise<void>): Promise<void> {
  await app.page.getByRole('button', { name: 'Upravit údaje' }).click();
  await change();
  await app.page.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => app.page.getByText(/byly uloženy/).isVisible()).toBe(true);
}

/** Picks one item of the client's "Údaje klienta" menu and keeps the file the server answered. */
async function exported(item: string, method = 'privacy.exportClient'): Promise<{ file: string; type: string }> {
  const response = app.page.waitForResponse((r) => r.url().endsWith(`/api/${method}`));
  await app.page.getByRole('button', { name: 'Údaje klienta' }).click();
  await app.page.getByRole('menuitem', { name: item }).click();
  const answer = await response;
  const fileName = decodeURIComponent(answer.headers()['x-shiftbook-file-name'] ?? '');
  const file = path.join(app.dataDir, fileName);
  fs.writeFileSync(file, await answer.body());
  const dialog = app.page.getByRole('dialog', { name: fileName });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Zavřít', exact: true }).click();
  return { file, type: answer.headers()['content-type'] ?? '' };
}

test('a changed phone shows before and after; the log filters by client, dates and kind', async () => {
  const { page } = app;
  await openClient('Šťastný');
  await editClient(() => field(/^Telefon/).fill('+420 601 234 567'));
  await editClient(() => field(/^Poznámka/).fill(note));

  await page.getByRole('link', { name: 'Záznam změn' }).click();
  await page.getByRole('heading', { name: 'Záznam změn', level: 1 }).waitFor();
  await expect.poll(logText).toContain('Telefon: — → +420 601 234 567');
  // The note is logged as changed, never with its text.
  expect(await logText()).toContain('Poznámka: — → (změněno, text se do záznamu neukládá)');
  expect(await page.locator('body').textContent()).not.toContain(note);
  expect(await logText()).toContain('Novákov');
  // Stored codes, moments and links read as words, not as the database holds them.
  expect(await logText()).toContain('Výsledek příchodu: přijat');
  expect(await logText()).toContain('Příchod: 2. 11. 2026 09:00');
  expect(await logText()).not.toMatch(/Záznam: \d|admitted|T09:00/);
  await app.shot('audit-log-cs');

  await page.getByPlaceholder('Začněte psát jméno nebo kód…').fill('Šťastný');
  await page.getByRole('option', { name: /Šťastný/ }).click();
  await expect.poll(() => page.getByText('Klient: Řehoř Šťastný').isVisible()).toBe(true);
  await expect.poll(logText).not.toContain('Novákov');
  expect(await logText()).toContain('+420 601 234 567');

  // Dates: the signature and the shift were on 1 and 2 November, the phone on the 20th.
  await page.getByRole('textbox', { name: /^Do/ }).fill('2. 11. 2026');
  await page.getByRole('textbox', { name: /^Do/ }).blur();
  await expect.poll(logText).not.toContain('+420 601 234 567');
  expect(await logText()).toContain('Záznam o práci');
  await page.getByRole('textbox', { name: /^Do/ }).fill('');
  await page.getByRole('textbox', { name: /^Od/ }).fill('20. 11. 2026');
  await page.getByRole('textbox', { name: /^Od/ }).blur();
  await expect.poll(logText).not.toContain('Záznam o práci');
  expect(await logText()).toContain('+420 601 234 567');
  await page.getByRole('textbox', { name: /^Od/ }).fill('');
  await page.getByRole('textbox', { name: /^Od/ }).blur();

  await page.getByRole('combobox', { name: 'Druh změny' }).click();
  await page.getByRole('option', { name: 'Docházka a směny' }).click();
  await expect.poll(logText).not.toContain('Telefon');
  expect(await logText()).toContain('Záznam o práci');
  expect(await logText()).toContain('Příchod');
  expect(await screenProblems(page)).toEqual([]);
}, 90_000);

test('one client exported as a PDF for the person and as JSON', async () => {
  await openClient('Šťastný');
  const pdf = await exported('Výpis údajů (PDF)');
  expect(pdf.type).toBe('application/pdf');
  const text = flat(execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' }));
  expect(text).toContain('Řehoř Šťastný');
  expect(text).toContain('+420 601 234 567');
  for (const other of ['Novákov', 'Dvořák', 'Křížov']) expect(text).not.toContain(other);
  fs.mkdirSync(screenshotDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf.file, path.join(screenshotDir, 'privacy-export-cs')]);

  const json = await exported('Údaje pro počítač (JSON)');
  expect(json.type).toContain('application/json');
  const raw = fs.readFileSync(json.file, 'utf8');
  const data = JSON.parse(raw) as { records: Record<string, Record<string, unknown>[]> };
  expect(data.records.clients?.[0]).toMatchObject({ first_name: 'Řehoř', last_name: 'Šťastný' });
  expect(data.records.work_records).toHaveLength(1);
  for (const other of ['Novákov', 'Dvořák', 'Křížov']) expect(raw).not.toContain(other);
}, 60_000);

test('a client who left recently cannot be anonymised yet; the setting refuses bad input at the field', async () => {
  const { page } = app;
  for (const lastName of ['Šťastný', 'Křížová']) {
    must(app.runtime.dispatcher, 'clients.deactivate', { id: idOf(lastName), reason: 'Odstěhoval se' });
  }
  await openClient('Šťastný');
  await page.getByRole('button', { name: 'Údaje klienta' }).click();
  await page.getByRole('menuitem', { name: 'Anonymizovat…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anonymizovat klienta Řehoř Šťastný?' });
  await dialog.waitFor();
  await expect
    .poll(async () => flat((await dialog.textContent()) ?? ''))
    .toContain('Klient odešel 20. 11. 2026; podle nastavení ho lze anonymizovat od 20. 11. 2027.');
  const plan = flat((await dialog.textContent()) ?? '');
  expect(plan).toContain('Záznamy o odpracované době — do 31. 12. 2056 (30 let, zákon č. 582/1991 Sb., § 35a odst. 4)');
  expect(plan).toContain('Přezdívka, telefon, číslo dokladu, číslo účtu');
  expect(await dialog.getByRole('button', { name: 'Anonymizovat' }).isDisabled()).toBe(true);
  await app.shot('anonymise-too-recent-cs');
  await dialog.getByRole('button', { name: 'Zrušit' }).click();

  await page.getByRole('link', { name: 'Nastavení' }).click();
  await page.getByRole('tab', { name: 'Soukromí' }).click();
  const months = page.getByRole('textbox', { name: /^Anonymizovat nejdříve po/ });
  await expect.poll(() => months.inputValue()).toBe('12');
  const law = page.getByRole('table', { name: 'Co musí zůstat podle zákona' });
  expect(flat(await law.getByRole('row', { name: /^Mzdové listy/ }).innerText())).toBe(
    'Mzdové listy a údaje pro důchodové pojištění (dohody, odpracovaná doba, jméno a rodné číslo) 30 let po skončení roku zákon č. 582/1991 Sb., § 35a odst. 4 od 1. 1. 2025',
  );
  await months.fill('-3');
  await page.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => page.getByText('Nesmí být záporné.').isVisible()).toBe(true);
  expect(await months.inputValue()).toBe('-3');
  expect(must(app.runtime.dispatcher, 'privacy.getSettings', {})).toEqual({ anonymiseAfterMonths: 12 });
  await app.shot('privacy-settings-cs');
  await months.fill('0');
  await page.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => page.getByText('Nastavení ochrany údajů je uložené.').isVisible()).toBe(true);
  expect(must(app.runtime.dispatcher, 'privacy.getSettings', {})).toEqual({ anonymiseAfterMonths: 0 });
}, 60_000);

async function anonymiseOnScreen(lastName: string, name: string): Promise<string> {
  await openClient(lastName);
  await app.page.getByRole('button', { name: 'Údaje klienta' }).click();
  await app.page.getByRole('menuitem', { name: 'Anonymizovat…' }).click();
  const dialog = app.page.getByRole('dialog', { name: `Anonymizovat klienta ${name}?` });
  await dialog.getByText('Anonymizaci nejde vrátit zpět.', { exact: false }).waitFor();
  const plan = flat((await dialog.textContent()) ?? '');
  await dialog.getByRole('button', { name: 'Anonymizovat' }).click();
  await expect.poll(() => app.page.getByText('Klient je anonymizovaný.').isVisible()).toBe(true);
  return plan;
}

test('anonymising removes the name everywhere on screen; pay records and the name they need stay', async () => {
  const { page } = app;
  const never = await anonymiseOnScreen('Křížová', 'Žofie Křížová');
  expect(never).toContain('Klient nemá mzdové ani účetní záznamy');
  for (const to of ['/clients?all=1', '/audit', `/clients/${idOf('Křížová')}`]) {
    await open(to);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(400);
    const shown = (await page.locator('body').textContent()) ?? '';
    expect(shown, to).not.toMatch(/Žofie|Křížov/);
  }
  await app.shot('anonymised-client-cs');

  await anonymiseOnScreen('Šťastný', 'Řehoř Šťastný');
  await openClient('Šťastný');
  const page1 = flat((await page.locator('main').textContent()) ?? '');
  expect(page1).toContain('Šťastný');
  expect(page1).not.toContain('+420 601 234 567');
  // His November shift is still in the pay run, under the name the payroll records need.
  await open('/pay/2026-11');
  await expect.poll(() => app.page.getByRole('row', { name: 'Výpočet: Šťastný Řehoř' }).isVisible()).toBe(true);
  await app.shot('anonymised-pay-kept-cs');
  await open(`/audit?client=${idOf('Šťastný')}`);
  await expect.poll(logText).toContain('(odstraněno při anonymizaci)');
  expect(await logText()).not.toContain('+420 601 234 567');
}, 90_000);

test('the change log and the privacy settings fit 1024×768 in Czech and English', async () => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const lang of ['cs', 'en'] as const) {
    app.runtime.dispatcher.call('settings.savePreferences', { language: lang });
    for (const [to, name] of [
      ['/audit', 'audit'],
      ['/settings?tab=privacy', 'settings'],
    ] as const) {
      await open(to);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(400);
      expect(await screenProblems(page), `${lang} ${to}`).toEqual([]);
      await app.shot(`privacy-${name}-${lang}-1024`);
    }
  }
}, 60_000);
