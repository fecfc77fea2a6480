import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Client } from '../../core/contract/clients.js';
import { must, seedEmployer } from '../../core/demo/seed.js';
import { openBrowserApp, screenProblems, type BrowserApp, visit } from '../helpers/browser.js';

// A shift day at the arrival desk as a new coordinator runs it: Monday
// 23 Nov 2026, the default shift 9:00–12:00 with four places, three clients
// booked, one more walking in. The clock is moved by the test (server and page).
let app: BrowserApp;
let now = new Date(2026, 10, 23, 8, 0, 0);
const ids: Record<string, number> = {};

const people = [
  ['K-001', 'Řehoř', 'Šťastný'],
  ['K-002', 'Jana', 'Nováková'],
  ['K-003', 'Petr', 'Dvořák'],
  ['K-004', 'Žofie', 'Kůrková'],
] as const;

async function setClock(date: Date): Promise<void> {
  now = date;
  await app.page.clock.setFixedTime(date);
}

function signAgreement(clientId: number): void {
  const api = app.runtime.dispatcher;
  const { input } = must<{ input: Record<string, unknown> }>(api, 'agreements.draftDefaults', {
    clientId,
    validFrom: '2026-11-01',
  });
  const draft = must<{ id: number }>(api, 'agreements.create', { ...input, schoolingConfirmed: true });
  must(api, 'agreements.print', { id: draft.id });
  must(api, 'agreements.sign', { id: draft.id, signedOn: '2026-11-01' });
}

beforeAll(async () => {
  app = await openBrowserApp({ now: () => now });
  const api = app.runtime.dispatcher;
  seedEmployer(api);
  must(api, 'cash.setOpeningBalance', { date: '2026-11-01', amount: 500_000 });
  for (const [code, firstName, lastName] of people) {
    const client = must<Client>(api, 'clients.create', { code, firstName, lastName, birthDate: '1980-03-15' });
    ids[firstName] = client.id;
    signAgreement(client.id);
  }
  // Wednesday: a client without an agreement, and one under 18.
  ids.Tomáš = must<Client>(api, 'clients.create', {
    code: 'K-005',
    firstName: 'Tomáš',
    lastName: 'Bez Dohody',
    birthDate: '1990-01-01',
  }).id;
  const young = must<Client>(api, 'clients.create', {
    code: 'K-006',
    firstName: 'Eliška',
    lastName: 'Mladá',
    birthDate: '2010-05-01',
  });
  ids.Eliška = young.id;
  signAgreement(young.id);
  const week = must<{ shifts: { ref: unknown }[] }>(api, 'schedule.week', { year: 2026, week: 48 });
  for (const name of ['Řehoř', 'Jana', 'Petr']) {
    must(api, 'schedule.book', { shift: week.shifts[0]!.ref, clientId: ids[name] });
  }
  for (const name of ['Tomáš', 'Eliška']) {
    must(api, 'schedule.book', { shift: week.shifts[1]!.ref, clientId: ids[name] });
  }
  await setClock(new Date(2026, 10, 23, 9, 4, 0));
  await visit(app.page, new URL('/today', app.bridge.url).href);
});

afterAll(async () => {
  await app.close();
});

const row = (name: string) => app.page.getByRole('listitem', { name });
const notice = (text: string) => app.page.locator('.mantine-Notification-root').filter({ hasText: text });
const heading = () => app.page.getByRole('heading', { level: 1 });

async function closeNotices(): Promise<void> {
  const notices = app.page.locator('.mantine-Notification-root');
  for (let i = 0; i < 20 && (await notices.count()) > 0; i += 1) {
    await notices.first().locator('.mantine-Notification-closeButton').click();
    await app.page.waitForTimeout(250);
  }
}

test('opens on today with the booked clients in order', async () => {
  await expect.poll(() => heading().textContent()).toBe('Příchody: pondělí 23.\u00a011.\u00a02026');
  expect(app.page.url()).toMatch(/\/today\/2026-11-23$/);
  await expect.poll(() => row('Petr Dvořák').isVisible()).toBe(true);
  const items = await app.page.getByRole('listitem').all();
  const names = await Promise.all(items.map((item) => item.getAttribute('aria-label')));
  expect(names).toEqual(['Řehoř Šťastný', 'Jana Nováková', 'Petr Dvořák']);
  await app.page.keyboard.press('PageDown');
  await expect.poll(() => heading().textContent()).toBe('Příchody: úterý 24.\u00a011.\u00a02026');
  await app.page.keyboard.press('Home');
  await expect.poll(() => heading().textContent()).toBe('Příchody: pondělí 23.\u00a011.\u00a02026');
});

test('admits a fit client and saves the usual work in one click', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Přišel/přišla: Řehoř Šťastný' }).click();
  const dialog = page.getByRole('dialog', { name: 'Příchod: Řehoř Šťastný' });
  await expect.poll(() => dialog.getByRole('textbox', { name: /Čas příchodu/ }).inputValue()).toBe('09:04');
  await expect.poll(() => dialog.getByText(/Pozdní příchod je po 9:10/).isVisible()).toBe(true);
  await dialog.getByRole('button', { name: 'Vše v pořádku' }).click();
  // All fine leaves the focus on Admit: Enter takes the usual case on.
  await expect
    .poll(() => page.evaluate('document.activeElement && document.activeElement.textContent'))
    .toBe('Přijmout na směnu');
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => notice('Řehoř Šťastný: přijat(a) na směnu.').isVisible()).toBe(true);
  await expect.poll(() => row('Řehoř Šťastný').getByText('Přijat(a)').isVisible()).toBe(true);

  await page.getByRole('button', { name: /^Uložit práci 9:00.–.12:00: Řehoř Šťastný$/ }).click();
  await expect.poll(() => row('Řehoř Šťastný').textContent()).toMatch(/Pracoval\(a\) 9:00.–.12:00: 3.h/);

  // The advance: proposed after the work record, paid against a printed receipt.
  const pay = page.getByRole('button', { name: /^Vyplatit zálohu \d+,00.Kč: Řehoř Šťastný$/ });
  await expect.poll(() => pay.isVisible()).toBe(true);
  const response = page.waitForResponse((r) => r.url().endsWith('/api/advances.pay'));
  await pay.click();
  const answer = await response;
  expect(answer.headers()['content-type']).toBe('application/pdf');
  const file = decodeURIComponent(answer.headers()['x-shiftbook-file-name'] ?? '');
  await expect.poll(() => page.getByRole('dialog', { name: file }).isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => row('Řehoř Šťastný').textContent()).toMatch(/Záloha \d+,00.Kč vyplacena, doklad V-2026-0*1/);
});

test('sends away a client who is not fit, with the reason', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Přišel/přišla: Jana Nováková' }).click();
  const dialog = page.getByRole('dialog', { name: 'Příchod: Jana Nováková' });
  await dialog.getByRole('button', { name: 'Vše v pořádku' }).click();
  const first = dialog.getByRole('group').first();
  await first.getByRole('button', { name: 'Ne' }).click();
  await first.getByRole('textbox').fill('cítit alkohol, vrávorá');
  await expect.poll(() => dialog.getByRole('button', { name: 'Přijmout na směnu' }).isDisabled()).toBe(true);
  await dialog.getByRole('button', { name: 'Odeslat' }).click();
  await expect.poll(() => dialog.getByText('Vyplňte prosím tento údaj.').isVisible()).toBe(true);
  await dialog.getByRole('textbox', { name: /Důvod odeslání/ }).fill('Pod vlivem alkoholu, práce by nebyla bezpečná');
  await app.shot('today-arrival-unfit');
  await dialog.getByRole('button', { name: 'Odeslat' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect
    .poll(() => row('Jana Nováková').textContent())
    .toContain('Odeslán(a): Pod vlivem alkoholu, práce by nebyla bezpečná');
});

test('records a no-show; its notice can undo it', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Nepřišel/nepřišla: Petr Dvořák' }).click();
  const said = notice('Petr Dvořák: nepřišel/nepřišla.');
  await said.getByRole('button', { name: 'Vrátit zpět' }).click();
  await expect.poll(() => row('Petr Dvořák').getByText('čeká na příchod').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Nepřišel/nepřišla: Petr Dvořák' }).click();
  await expect.poll(() => row('Petr Dvořák').getByText('Nepřišel/nepřišla').isVisible()).toBe(true);
});

test('a walk-in takes the free place by a few letters and Enter', async () => {
  const { page } = app;
  const field = page.getByRole('combobox', { name: 'Přichozí bez zápisu' });
  await field.fill('zofie');
  await expect.poll(() => page.getByRole('option', { name: /Žofie Kůrková/ }).isVisible()).toBe(true);
  await field.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Příchod: Žofie Kůrková' });
  await expect.poll(() => dialog.getByRole('button', { name: 'Ano', pressed: false }).count()).toBe(4);
  await dialog.getByRole('button', { name: 'Vše v pořádku' }).click();
  await expect.poll(() => dialog.getByRole('button', { name: 'Ano', pressed: true }).count()).toBe(4);
  await dialog.getByRole('button', { name: 'Přijmout na směnu' }).click();
  await expect.poll(() => row('Žofie Kůrková').getByText('bez zápisu').isVisible()).toBe(true);
  await expect.poll(() => page.getByText('Plno', { exact: true }).isVisible()).toBe(true);
  await closeNotices();
  await page.mouse.move(0, 0);
  await app.shot('today-day');

  const response = page.waitForResponse((r) => r.url().endsWith('/api/schedule.printDay'));
  await page.getByRole('button', { name: 'Tisknout seznam příchodů' }).click();
  const answer = await response;
  expect(answer.headers()['content-type']).toBe('application/pdf');
  const file = decodeURIComponent(answer.headers()['x-shiftbook-file-name'] ?? '');
  await expect.poll(() => page.getByRole('dialog', { name: file }).isVisible()).toBe(true);
  await page.keyboard.press('Escape');
});

test('the day after: a correction needs its reason and shows in the history', async () => {
  const { page } = app;
  await setClock(new Date(2026, 10, 24, 10, 0, 0));
  await visit(page, new URL('/today', app.bridge.url).href);
  await expect.poll(() => heading().textContent()).toBe('Příchody: úterý 24.\u00a011.\u00a02026');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => heading().textContent()).toBe('Příchody: pondělí 23.\u00a011.\u00a02026');
  await page.getByRole('button', { name: 'Výkaz práce: Řehoř Šťastný' }).click();
  const dialog = page.getByRole('dialog', { name: 'Výkaz práce: Řehoř Šťastný' });
  await dialog.getByRole('textbox', { name: /^Konec/ }).fill('11:30');
  await dialog.getByRole('button', { name: 'Uložit' }).click();
  await expect
    .poll(() =>
      dialog
        .getByText(/uveďte důvod změny/)
        .first()
        .isVisible(),
    )
    .toBe(true);
  await dialog.getByRole('textbox', { name: /Důvod opravy/ }).fill('Odešel v 11:30, opraveno podle sešitu');
  await dialog.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => row('Řehoř Šťastný').textContent()).toMatch(/9:00.–.11:30: 2.h.30.min/);
  // The advance was paid for three hours: the shorter day leaves the month over-advanced, and the row says so.
  await expect.poll(() => row('Řehoř Šťastný').textContent()).toContain('převyšují očekávanou čistou mzdu');

  await page.getByRole('button', { name: 'Historie změn výkazu: Řehoř Šťastný' }).click();
  const history = page.getByRole('dialog', { name: 'Historie změn výkazu: Řehoř Šťastný' });
  await expect.poll(() => history.textContent()).toContain('Důvod: Odešel v 11:30, opraveno podle sešitu');
  await expect.poll(() => history.textContent()).toContain('12:00 → 11:30');
  await expect.poll(() => history.textContent()).toMatch(/Odpracováno: 3.h → 2.h.30.min/);
  await page.waitForTimeout(300);
  await app.shot('today-history');
  await page.keyboard.press('Escape');
});

test('the agreement gate opens the agreement; a client under 18 sees the allowed tasks; a refused walk-in', async () => {
  const { page } = app;
  await setClock(new Date(2026, 10, 25, 9, 0, 0));
  await visit(page, new URL('/today', app.bridge.url).href);
  await expect.poll(() => heading().textContent()).toBe('Příchody: středa 25.\u00a011.\u00a02026');
  await expect.poll(() => row('Tomáš Bez Dohody').getByText('bez platné dohody').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Přišel/přišla: Eliška Mladá' }).click();
  const young = page.getByRole('dialog', { name: 'Příchod: Eliška Mladá' });
  await expect
    .poll(() => young.textContent())
    .toContain('Jen práce povolené mladistvým: Úklid centra, Úklid okolí centra.');
  await young.getByRole('button', { name: 'Vše v pořádku' }).click();
  await young.getByRole('button', { name: 'Přijmout na směnu' }).click();
  await expect.poll(() => row('Eliška Mladá').getByText('Přijat(a)').isVisible()).toBe(true);

  await page.getByRole('button', { name: 'Přišel/přišla: Tomáš Bez Dohody' }).click();
  const gate = page.getByRole('dialog', { name: 'Příchod: Tomáš Bez Dohody' });
  await gate.getByRole('button', { name: 'Vše v pořádku' }).click();
  await expect.poll(() => gate.getByRole('button', { name: 'Přijmout na směnu' }).isDisabled()).toBe(true);
  await expect.poll(() => gate.getByText(/nemá na tento den platnou podepsanou dohodu/).isVisible()).toBe(true);
  await app.shot('today-agreement-gate');
  await page.keyboard.press('Escape');

  // A walk-in the sign-up rules refuse: the reason stays under the walk-in field.
  must(app.runtime.dispatcher, 'clients.addSuspension', {
    clientId: ids.Jana,
    fromDate: '2026-11-25',
    toDate: '2026-11-30',
    reason: 'Porušení domácího řádu',
  });
  const field = page.getByRole('combobox', { name: 'Přichozí bez zápisu' });
  await field.fill('novakova');
  await expect.poll(() => page.getByRole('option', { name: /Jana Nováková/ }).isVisible()).toBe(true);
  await field.press('Enter');
  const walkIn = page.getByRole('dialog', { name: 'Příchod: Jana Nováková' });
  await walkIn.getByRole('button', { name: 'Vše v pořádku' }).click();
  await walkIn.getByRole('button', { name: 'Přijmout na směnu' }).click();
  await expect.poll(() => walkIn.count()).toBe(0);
  await expect
    .poll(() => page.getByRole('alert').filter({ hasText: 'Jana Nováková má pozastavenou účast' }).isVisible())
    .toBe(true);
  await expect.poll(() => row('Jana Nováková').count()).toBe(0);

  await page.getByRole('button', { name: 'Přišel/přišla: Tomáš Bez Dohody' }).click();
  await gate.getByRole('link', { name: 'Otevřít dohodu' }).click();
  await expect.poll(() => page.url()).toMatch(new RegExp(`/clients/${ids.Tomáš}$`));
});

test('Settings → Arrivals: a late arrival is sent away from now on; the arrival step says so', async () => {
  const { page } = app;
  await visit(page, new URL('/settings?tab=attendance', app.bridge.url).href);
  await page.getByRole('radio', { name: 'Jen odeslat' }).check();
  await page.getByRole('button', { name: 'Přidat bod' }).click();
  await page.getByRole('textbox', { name: 'Bod 5 česky' }).fill('Má s sebou doklad totožnosti');
  await page.getByRole('button', { name: 'Uložit', exact: true }).click();
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Bod 5 anglicky' }).getAttribute('aria-invalid'))
    .toBe('true');
  await page.getByRole('textbox', { name: 'Bod 5 anglicky' }).fill('Has an identity document');
  await page.getByRole('button', { name: 'Uložit', exact: true }).click();
  await expect.poll(() => notice('Uloženo').isVisible()).toBe(true);
  const saved = must<{ latePolicy: string; fitnessItems: unknown[] }>(
    app.runtime.dispatcher,
    'attendance.getSettings',
    {},
  );
  expect(saved.latePolicy).toBe('sendAway');
  expect(saved.fitnessItems).toHaveLength(5);

  await visit(page, new URL('/today/2026-11-25', app.bridge.url).href);
  await page.getByRole('button', { name: 'Přišel/přišla: Tomáš Bez Dohody' }).click();
  const dialog = page.getByRole('dialog', { name: 'Příchod: Tomáš Bez Dohody' });
  await expect.poll(() => dialog.getByText('Má s sebou doklad totožnosti').isVisible()).toBe(true);
  await expect.poll(() => dialog.textContent()).toContain('Podle nastavení se pozdní příchod nepřijímá: jen odeslat.');
  await page.keyboard.press('Escape');
});

const sizes = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

for (const lang of ['cs', 'en'] as const) {
  test(`the day and its settings fit 1366×768 and 1024×768 (${lang})`, async () => {
    must(app.runtime.dispatcher, 'settings.savePreferences', { language: lang });
    const { page } = app;
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const [name, path] of [
        ['today', '/today/2026-11-23'],
        ['today-settings', '/settings?tab=attendance'],
      ] as const) {
        await visit(page, new URL(path, app.bridge.url).href);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
        await expect
          .poll(() => page.getByText('Řehoř Šťastný').or(page.getByRole('radiogroup').first()).first().isVisible())
          .toBe(true);
        await page.waitForLoadState('networkidle');
        await app.shot(`screen-${name}-${lang}-${size.width}`);
        expect(await screenProblems(page), `${name} ${lang} ${size.width}`).toEqual([]);
        if (name === 'today') {
          // The last row, with the walk-in's open advance, fits too.
          await row('Žofie Kůrková').scrollIntoViewIfNeeded();
          await app.shot(`screen-${name}-${lang}-${size.width}-end`);
          expect(await screenProblems(page), `${name} end ${lang} ${size.width}`).toEqual([]);
        }
      }
    }
  });
}
