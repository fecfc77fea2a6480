import { afterAll, beforeAll, expect, test } from 'vitest';
import { clientUpdateInput, type Client } from '../../core/contract/clients.js';
import { seedAgreements } from '../../core/demo/agreements.js';
import { seedSignUps } from '../../core/demo/schedule.js';
import { must, seedClients, seedEmployer } from '../../core/demo/seed.js';
import { axeViolations } from '../helpers/axe.js';
import { openBrowserApp, type BrowserApp } from '../helpers/browser.js';
import { fixedNow } from '../helpers/db.js';

// Every screen, in Czech and English, with the demo data, checked by axe-core
// against WCAG 2.0/2.1 A and AA; then each dialog open on its screen.
let app: BrowserApp;
let client: Client;
let signed: number;
let draft: number;

beforeAll(async () => {
  app = await openBrowserApp({ now: fixedNow });
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
  // A cash book with entries and a receipt to print, so the book's table is checked too.
  must(api, 'cash.setOpeningBalance', { date: '2026-11-02', amount: 500_000, note: '' });
  must(api, 'cash.topUp', { date: '2026-11-20', amount: 200_000, note: 'Výběr z banky' });
});

afterAll(async () => {
  await app.close();
});

type Words = { cs: string | RegExp; en: string | RegExp };

/** What opens a dialog: a button, or a button and then an item of the menu it opens (named in both languages). */
type Opener = Words | [button: Words, item: Words];

/** A screen to check: where it is, and what opens each of its dialogs. */
interface Screen {
  name: string;
  path: () => string;
  dialogs?: Opener[];
}

const printPreview: Words = { cs: 'Vytisknout znovu', en: 'Print again' };

const settingsDialogs: Record<string, Opener[]> = {
  parameters: [{ cs: 'Přidat období', en: 'Add period' }],
  holidays: [{ cs: 'Přidat svátek', en: 'Add holiday' }],
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
      [
        { cs: /^Další akce/, en: /^More actions/ },
        { cs: 'Zrušit směnu…', en: 'Cancel shift…' },
      ],
      { cs: 'Tisknout rozpis', en: 'Print sheet' },
    ],
  },
  { name: 'today', path: () => '/today/2026-11-24', dialogs: [{ cs: /^Přišel\/přišla:/, en: /^Arrived:/ }] },
  { name: 'clients', path: () => '/clients' },
  { name: 'new client', path: () => '/clients/new' },
  {
    name: 'client',
    path: () => `/clients/${client.id}`,
    dialogs: [
      { cs: 'Zapsat na směnu', en: 'Book a shift' },
      { cs: 'Vyřadit z programu', en: 'Deactivate' },
      [
        { cs: 'Údaje klienta', en: 'Client’s data' },
        { cs: 'Anonymizovat…', en: 'Anonymise…' },
      ],
    ],
  },
  { name: 'agreements', path: () => '/agreements' },
  { name: 'new agreement', path: () => '/agreements/new' },
  {
    name: 'signed agreement',
    path: () => `/agreements/${signed}`,
    dialogs: [
      { cs: 'Sjednat dodatek', en: 'Make an amendment' },
      { cs: 'Připravit výpověď', en: 'Prepare notice' },
      { cs: 'Ukončit dohodu', en: 'End agreement' },
      printPreview,
    ],
  },
  { name: 'draft agreement', path: () => `/agreements/${draft}` },
  { name: 'edit agreement', path: () => `/agreements/${draft}/edit` },
  { name: 'pay', path: () => '/pay', dialogs: [{ cs: 'Přidat opravu…', en: 'Add a correction…' }] },
  { name: 'cash', path: () => '/cash' },
  { name: 'change log', path: () => '/audit' },
  { name: 'data', path: () => '/data', dialogs: [{ cs: /^Obnovit zálohu/, en: /^Restore the backup/ }] },
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
      await page.goto(new URL(screen.path(), app.bridge.url).href);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      const found = await axeViolations(page);
      for (const opener of screen.dialogs ?? []) {
        const [button, item] = Array.isArray(opener) ? opener : [opener];
        const named = (words: Words) => ({ name: words[lang], exact: typeof words[lang] === 'string' });
        await page.getByRole('button', named(button)).first().click();
        if (item) await page.getByRole('menuitem', named(item)).click();
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.count()).toBe(1);
        await page.waitForLoadState('networkidle');
        const what = String((item ?? button)[lang]);
        found.push(...(await axeViolations(page)).map((line) => `${what}: ${line}`));
        // Esc first closes an open calendar or list inside the dialog, then the dialog.
        await expect
          .poll(async () => {
            await page.keyboard.press('Escape');
            return dialog.count();
          })
          .toBe(0);
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
    await page.goto(new URL(screen.path(), app.bridge.url).href);
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
      await page.goto(new URL(path, app.bridge.url).href);
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
