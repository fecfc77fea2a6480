import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clientUpdateInput, type Client } from '../../core/contract/clients.js';
import { seedAgreements } from '../../core/demo/agreements.js';
import { seedSignUps } from '../../core/demo/schedule.js';
import { must, seedClients, seedEmployer } from '../../core/demo/seed.js';
import { axeViolations } from '../helpers/axe.js';
import { closeEach, emptyTyped, openDialog, type Opener, type Words } from '../helpers/dialogs.js';
import { openBrowserApp, type BrowserApp, visit } from '../helpers/browser.js';
import { fixedNow } from '../helpers/db.js';
import { workDay } from '../helpers/payday.js';
import { parameters2027 } from '../unit/support.js';

// Every screen, in Czech and English, with the demo data, checked by axe-core
// against WCAG 2.0/2.1 A and AA; then each dialog open on its screen.
let app: BrowserApp;
let client: Client;
let signed: number;
let draft: number;
let printed: number;
/** The app's clock: the demo's morning, moved only while the early shift is set up and worked. */
let now = fixedNow();

beforeAll(async () => {
  app = await openBrowserApp({ now: () => now });
  const api = app.runtime.dispatcher;
  seedEmployer(api);
  const clients = seedClients(api, { clients: 30, now: fixedNow() });
  seedAgreements(api, clients, fixedNow());
  seedSignUps(api, clients, fixedNow());
  client = clients[0]!;
  const list = must<{ items: { id: number; status: string }[] }>(api, 'agreements.list', {});
  signed = list.items.find((a) => a.status === 'signed')!.id;
  const without = clients[3]!;
  const defaults = must<{ input: unknown }>(api, 'agreements.draftDefaults', {
    clientId: without.id,
    validFrom: '2026-12-01',
  });
  draft = must<{ id: number }>(api, 'agreements.create', defaults.input).id;
  // A printed agreement waits for its signature (and can still be deleted).
  const another = must<{ input: unknown }>(api, 'agreements.draftDefaults', {
    clientId: clients[7]!.id,
    validFrom: '2026-12-01',
  });
  printed = must<{ id: number }>(api, 'agreements.create', another.input).id;
  must(api, 'agreements.print', { id: printed });
  // Next year's figures raise the minimum wage above the demo rate: the signed agreement gets a printed
  // amendment (to sign or throw away), the others wait in the watch list for the minimum wage dialog.
  must(api, 'settings.saveParameters', parameters2027);
  const [amendment] = must<{ amendments: { id: number }[] }>(api, 'agreements.prepareMinimumWage', {
    effectiveFrom: '2027-01-01',
    agreementIds: [signed],
  }).amendments;
  must(api, 'agreements.printAmendment', { id: amendment!.id });
  // A backup to offer for restoring, so the restore dialog can open.
  must(api, 'backups.create', {});
  // A shift today with a client booked, so the arrival desk has someone to admit.
  const today = must<{ shiftId: number }>(api, 'schedule.addExtraShift', {
    date: '2026-11-24',
    start: '10:00',
    end: '13:00',
    places: 2,
    place: 'Kontaktní centrum',
    task: '',
  });
  must(api, 'schedule.book', { shift: { shiftId: today.shiftId }, clientId: client.id });
  // A cash book with entries and a receipt to print, so the book's table is checked too; so little
  // cash that the next advance asks first.
  must(api, 'cash.setOpeningBalance', { date: '2026-11-02', amount: 1_000, note: '' });
  must(api, 'cash.topUp', { date: '2026-11-20', amount: 1_000, note: 'Výběr z banky' });
  // An early shift already worked: one advance paid (its receipt can be cancelled), one still to pay.
  now = new Date(2026, 10, 24, 5, 0);
  const early = must<{ shiftId: number }>(api, 'schedule.addExtraShift', {
    date: '2026-11-24',
    start: '06:00',
    end: '08:00',
    places: 2,
    place: 'Kontaktní centrum',
    task: '',
  });
  const bookings = new Map(
    [clients[1]!, clients[2]!].map((worker) => [
      worker.lastName,
      must<{ bookingId: number }>(api, 'schedule.book', { shift: { shiftId: early.shiftId }, clientId: worker.id })
        .bookingId,
    ]),
  );
  now = new Date(2026, 10, 24, 8, 30);
  const worked = workDay(api, bookings, { start: '06:00', end: '08:00' });
  now = fixedNow();
  const paid = await api.run('advances.pay', {
    workRecordId: worked.get(clients[1]!.lastName)!.workRecordId,
    allowNegative: true,
  });
  expect(paid.ok).toBe(true);
  // Printed documents in their folder, so clearing them can be asked about.
  const folder = must<{ folder: string | null }>(api, 'backups.printed', {}).folder!;
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'doklad.pdf'), '%PDF-1.4');
});

afterAll(async () => {
  await app.close();
});

/** A screen to check: where it is, and what opens each of its dialogs. */
interface Screen {
  name: string;
  path: () => string;
  dialogs?: Opener[];
}

const printPreview: Words = { cs: 'Vytisknout znovu', en: 'Print again' };

const deleteButton: Words = { cs: 'Smazat', en: 'Delete' };

const settingsDialogs: Record<string, Opener[]> = {
  parameters: [{ cs: 'Přidat období', en: 'Add period' }, [{ cs: 'Upravit', en: 'Edit' }, { inDialog: deleteButton }]],
  holidays: [{ cs: 'Přidat svátek', en: 'Add holiday' }, deleteButton],
  schedule: [
    { cs: 'Přidat pravidelnou směnu', en: 'Add a recurring shift' },
    { cs: 'Ukončit', en: 'End' },
  ],
};

/** One line per screen: a new screen is checked by adding it here. */
const screens: Screen[] = [
  {
    name: 'week',
    path: () => '/week/2026/49',
    dialogs: [
      { cs: 'Mimořádná směna', en: 'Extra shift' },
      { cs: /^Přesunout na jinou směnu/, en: /^Move to another shift/ },
      [{ cs: /^Další akce/, en: /^More actions/ }, { menuitem: { cs: 'Zrušit směnu…', en: 'Cancel shift…' } }],
      { cs: 'Tisknout rozpis', en: 'Print sheet' },
    ],
  },
  {
    name: 'today',
    path: () => '/today/2026-11-24',
    dialogs: [
      { cs: /^Přišel\/přišla:/, en: /^Arrived:/ },
      // Less cash in the box than the advance: paying asks first.
      { cs: /^Vyplatit zálohu/, en: /^Pay advance/ },
    ],
  },
  { name: 'clients', path: () => '/clients' },
  {
    name: 'new client',
    path: () => '/clients/new',
    // Leaving with something typed asks first; the field is emptied after, so the next page opens without asking.
    dialogs: [[{ type: 'Marie', into: { cs: 'Jméno', en: 'First name' } }, { link: { cs: 'Klienti', en: 'Clients' } }]],
  },
  {
    name: 'client',
    path: () => `/clients/${client.id}`,
    dialogs: [
      { cs: 'Zapsat na směnu', en: 'Book a shift' },
      { cs: 'Vyřadit z programu', en: 'Deactivate' },
      [{ cs: 'Údaje klienta', en: 'Client’s data' }, { menuitem: { cs: 'Anonymizovat…', en: 'Anonymise…' } }],
    ],
  },
  {
    name: 'agreements',
    path: () => '/agreements',
    dialogs: [{ cs: 'Připravit dodatky', en: 'Prepare amendments' }],
  },
  { name: 'new agreement', path: () => '/agreements/new' },
  {
    name: 'signed agreement',
    path: () => `/agreements/${signed}`,
    dialogs: [
      { cs: 'Sjednat dodatek', en: 'Make an amendment' },
      { cs: 'Připravit výpověď', en: 'Prepare notice' },
      { cs: 'Ukončit dohodu', en: 'End agreement' },
      printPreview,
      { cs: 'Zaznamenat podpis', en: 'Record signature' },
      { cs: 'Zahodit', en: 'Throw away' },
    ],
  },
  {
    name: 'printed agreement',
    path: () => `/agreements/${printed}`,
    dialogs: [{ cs: 'Zaznamenat podpis', en: 'Record signature' }, deleteButton],
  },
  { name: 'draft agreement', path: () => `/agreements/${draft}`, dialogs: [deleteButton] },
  { name: 'edit agreement', path: () => `/agreements/${draft}/edit` },
  { name: 'pay', path: () => '/pay', dialogs: [{ cs: 'Přidat opravu…', en: 'Add a correction…' }] },
  { name: 'cash', path: () => '/cash', dialogs: [{ cs: /^Zrušit doklad/, en: /^Cancel receipt/ }] },
  { name: 'change log', path: () => '/audit' },
  {
    name: 'data',
    path: () => '/data',
    dialogs: [
      { cs: /^Obnovit zálohu/, en: /^Restore the backup/ },
      { cs: 'Smazat všechny', en: 'Delete all' },
    ],
  },
  ...['employer', 'parameters', 'holidays', 'agreements', 'schedule', 'attendance', 'privacy', 'coordinator'].map(
    (tab) => ({ name: `settings ${tab}`, path: () => `/settings?tab=${tab}`, dialogs: settingsDialogs[tab] }),
  ),
];

for (const lang of ['cs', 'en'] as const) {
  for (const screen of screens) {
    test(`axe finds no WCAG A/AA violation: ${screen.name} (${lang})`, async () => {
      must(app.runtime.dispatcher, 'settings.savePreferences', { language: lang });
      const { page } = app;
      await page.setViewportSize({ width: 1366, height: 768 });
      await visit(page, new URL(screen.path(), app.bridge.url).href);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      const found = await axeViolations(page);
      for (const opener of screen.dialogs ?? []) {
        const { what, from } = await openDialog(page, lang, opener);
        await page.waitForLoadState('networkidle');
        found.push(...(await axeViolations(page)).map((line) => `${what}: ${line}`));
        await closeEach(page);
        // A menu's item has gone with its menu: focus belongs on the menu's button, the first step.
        const back = await expect
          .poll(() => from.and(page.locator(':focus')).count(), { timeout: 3000 })
          .toBe(1)
          .then(
            () => true,
            () => false,
          );
        if (!back) found.push(`${what}: focus did not return to what opened it`);
        await emptyTyped(page, lang, opener);
      }
      expect(found, `\n${found.join('\n')}\n`).toEqual([]);
    });
  }
}

test('at 320 px wide (400 % zoom) no screen scrolls sideways; the navigation folds into a menu', async () => {
  must(app.runtime.dispatcher, 'settings.savePreferences', { language: 'cs' });
  const { page } = app;
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const screen of screens) {
    await visit(page, new URL(screen.path(), app.bridge.url).href);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    if (width > 320) wide.push(`${screen.name}: ${width} px`);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('navigation').count()).toBe(1);
  }
  await app.shot('reflow-320-week');
  expect(wide).toEqual([]);
  const menu = page.getByRole('button', { name: 'Nabídka oddílů' });
  // Folded away: the navigation lies off the left edge until the menu opens it.
  const left = async () => (await page.getByRole('link', { name: 'Klienti' }).boundingBox())?.x ?? -1;
  expect(await left()).toBeLessThan(0);
  await menu.click();
  await expect.poll(left).toBeGreaterThanOrEqual(0);
  await page.getByRole('link', { name: 'Klienti' }).click();
  await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
});

test('at 200, 300 and 400 % zoom a long name wraps instead of being cut: week board, clients, client', async () => {
  const api = app.runtime.dispatcher;
  const fields = Object.keys(clientUpdateInput.shape) as (keyof Client)[];
  const details = Object.fromEntries(fields.map((key) => [key, client[key]]));
  must(api, 'clients.update', { ...details, firstName: 'Marie-Magdaléna', lastName: 'Novotná-Procházková' });
  must(api, 'settings.savePreferences', { language: 'cs' });
  const { page } = app;
  const cut: string[] = [];
  // 1366 px wide at 200 and 300 % zoom, and 1280 px at 400 % (the width WCAG 1.4.10 names).
  for (const width of [683, 455, 320]) {
    await page.setViewportSize({ width, height: 768 });
    for (const path of ['/week/2026/49', '/clients', `/clients/${client.id}`]) {
      await visit(page, new URL(path, app.bridge.url).href);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByText(/Magdaléna/).count()).toBeGreaterThan(0);
      // Each element that writes the name, and the first box around it (itself included) that hides what overflows.
      const seen = await page.evaluate<{ names: number; cut: string[] }>(`(() => {
        const result = { names: 0, cut: [] };
        for (const el of document.querySelectorAll('main *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && /Magdaléna|Procházková/.test(n.textContent));
          if (!own) continue;
          result.names += 1;
          for (let box = el; box && box !== document.body; box = box.parentElement) {
            const clips = box === el || getComputedStyle(box).overflowX !== 'visible';
            if (clips && box.scrollWidth > box.clientWidth + 1) {
              result.cut.push(el.tagName + ' inside ' + box.tagName + ': ' + box.scrollWidth + ' > ' + box.clientWidth);
              break;
            }
          }
        }
        return result;
      })()`);
      expect(seen.names, `${path} at ${width} px shows the name`).toBeGreaterThan(0);
      cut.push(...seen.cut.map((line) => `${path} at ${width} px: ${line}`));
    }
  }
  await app.shot('reflow-320-long-name');
  expect(cut).toEqual([]);
});
