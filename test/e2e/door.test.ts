import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PublicHoliday } from '../../core/contract/holidays.js';
import { must } from '../../core/demo/seed.js';
import { openBrowserApp, registerClients, screenProblems, type BrowserApp, visit } from '../helpers/browser.js';
import { fixedNow } from '../helpers/db.js';

// The small things at the door: notices that leave the toolbar free, icon
// buttons that say what they do, Enter in the client picker, holidays in
// settings. The clock is Tue 24 Nov 2026; week 49 has Mon, Wed and Fri shifts
// with four places each.
let app: BrowserApp;
let ids = new Map<string, number>();

const people = [
  ['K-001', 'Řehoř', 'Šťastný'],
  ['K-002', 'Jana', 'Nováková'],
  ['K-003', 'Petr', 'Dvořák'],
  ['K-004', 'Žofie', 'Kůrková'],
  ['K-005', 'Čeněk', 'Říha'],
  ['K-006', 'Anežka', 'Černá'],
  ['K-007', 'Vít', 'Malý'],
  ['K-008', 'Olga', 'Veselá'],
  ['K-009', 'Ivan', 'Horák'],
  ['K-010', 'Marta', 'Bílá'],
  ['K-011', 'Lukáš', 'Zeman'],
  ['K-012', 'Hana', 'Kopecká'],
] as const;

/** What the notice test reads on screen, in each language. */
const words = {
  cs: {
    notices: 'Oznámení',
    dismiss: 'Skrýt oznámení',
    more: '+1 starší',
    fold: 'Skrýt starší',
    booked: ': zapsán(a)',
    week: (n: number) => `Týden ${n}`,
    book: /^Zapsat klienta/,
    toolbar: ['Předchozí týden', 'Tento týden', 'Další týden', 'Tisknout rozpis'],
    lastLink: 'Nastavení',
  },
  en: {
    notices: 'Notifications',
    dismiss: 'Dismiss the notification',
    more: '+1 older',
    fold: 'Hide older',
    booked: ': booked for',
    week: (n: number) => `Week ${n}`,
    book: /^Book a client/,
    toolbar: ['Previous week', 'This week', 'Next week', 'Print sheet'],
    lastLink: 'Settings',
  },
} as const;

const sizes = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

beforeAll(async () => {
  app = await openBrowserApp({ now: fixedNow });
  ids = registerClients(app, people);
});

afterAll(async () => {
  await app.close();
});

const column = (name: RegExp) => app.page.getByRole('region', { name });
let said: (typeof words)['cs' | 'en'] = words.cs;
const stack = () => app.page.getByRole('region', { name: said.notices, exact: true });
const shown = () => stack().locator('.mantine-Notification-root');

/** Books a client by a few letters and Enter, as at the door. */
async function book(shift: Locator, letters: string, name: string): Promise<void> {
  const field = shift.getByRole('combobox', { name: said.book });
  await field.fill(letters);
  await expect.poll(() => app.page.getByRole('option', { name: new RegExp(name) }).isVisible()).toBe(true);
  await field.press('Enter');
  await expect.poll(() => shift.getByText(name, { exact: true }).isVisible()).toBe(true);
}

/** Where a box is on the screen. */
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

/** True when the element itself gets a click at its centre: nothing lies over it. */
async function clickable(button: Locator): Promise<boolean> {
  const { x, y, width, height } = await box(button);
  // Runs in the page; the tests are compiled without the DOM's types, so the two calls used are named here.
  type Dom = { document: { elementFromPoint(x: number, y: number): unknown } };
  return button.evaluate(
    (el, [cx, cy]) => {
      const top = (globalThis as unknown as Dom).document.elementFromPoint(cx!, cy!);
      return top !== null && (el as unknown as { contains(other: unknown): boolean }).contains(top);
    },
    [x + width / 2, y + height / 2],
  );
}

async function dismissAll(): Promise<void> {
  const { page } = app;
  for (let i = 0; i < 12 && (await shown().count()) > 0; i += 1) {
    await shown().last().getByRole('button', { name: said.dismiss }).click();
  }
  await page.mouse.move(600, 5);
  await expect.poll(() => shown().count()).toBe(0);
}

test('four quick bookings: the newest three notices show, the older one folds, the toolbar stays free', async () => {
  const { page } = app;
  const rounds = [
    { lang: 'cs', size: sizes[0], shift: /^Pondělí 30\. 11\./, clients: people.slice(0, 4) },
    { lang: 'cs', size: sizes[1], shift: /^Středa 2\. 12\./, clients: people.slice(4, 8) },
    { lang: 'en', size: sizes[1], shift: /^Friday 4\sDec/, clients: people.slice(8, 12) },
  ] as const;
  for (const { lang, size, shift, clients } of rounds) {
    must(app.runtime.dispatcher, 'settings.savePreferences', { language: lang });
    said = words[lang];
    await page.setViewportSize(size);
    await visit(page, new URL('/week/2026/49', app.bridge.url).href);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(said.week(49));
    for (const [index, [, firstName, lastName]] of clients.entries()) {
      await book(column(shift), lastName.slice(0, 4), `${firstName} ${lastName}`);
      // The pointer resting on the notices holds them, so a slow machine cannot let the first one expire.
      if (index === 0) {
        await expect.poll(() => shown().count()).toBe(1);
        const first = await box(shown().first());
        await page.mouse.move(first.x + first.width / 2, first.y + 4);
      }
    }
    await expect.poll(() => shown().count()).toBe(3);
    const [, lastFirst, lastLast] = clients[3]!;
    // Newest first.
    await expect.poll(() => shown().first().textContent()).toContain(`${lastFirst} ${lastLast}${said.booked}`);
    const more = stack().getByRole('button', { name: said.more });
    expect(await more.isVisible()).toBe(true);

    const notices = await box(stack());
    for (const name of said.toolbar) {
      const button = page.getByRole('button', { name, exact: true });
      const at = await box(button);
      const overlaps =
        at.x < notices.x + notices.width &&
        notices.x < at.x + at.width &&
        at.y < notices.y + notices.height &&
        notices.y < at.y + at.height;
      expect(overlaps, `${name} at ${size.width}`).toBe(false);
      expect(await clickable(button), `${name} at ${size.width}`).toBe(true);
    }
    await app.shot(`notices-folded-${lang}-${size.width}`);
    // The notices cover none of the navigation either.
    const lastLink = await box(page.getByRole('link', { name: said.lastLink }));
    expect(notices.y, `notices start below the navigation at ${size.width}`).toBeGreaterThanOrEqual(
      lastLink.y + lastLink.height,
    );
    expect(await screenProblems(page), `week with notices at ${size.width}`).toEqual([]);

    await more.click();
    await expect.poll(() => shown().count()).toBe(4);
    const [, firstName, lastName] = clients[0]!;
    await expect.poll(() => shown().last().textContent()).toContain(`${firstName} ${lastName}${said.booked}`);
    await stack().getByRole('button', { name: said.fold }).click();
    await expect.poll(() => shown().count()).toBe(3);

    await page.getByRole('button', { name: said.toolbar[2], exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(said.week(50));
    await dismissAll();
  }
  must(app.runtime.dispatcher, 'settings.savePreferences', { language: 'cs' });
  said = words.cs;
});

test('an icon button shows its label when reached by the keyboard', async () => {
  const { page } = app;
  await visit(page, new URL('/week/2026/49', app.bridge.url).href);
  const monday = column(/^Pondělí 30\. 11\./);
  await monday.getByRole('combobox', { name: /^Zapsat na čekací listinu/ }).click();
  // Back from the booking field: the last booked client's cross-off button.
  await page.keyboard.press('Shift+Tab');
  const focused = page.locator(':focus');
  await expect.poll(() => focused.getAttribute('aria-label')).toBe('Odepsat: Žofie Kůrková');
  await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('Odepsat: Žofie Kůrková');
  await app.shot('icon-button-tooltip');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focused.getAttribute('aria-label')).toBe('Přesunout na jinou směnu: Žofie Kůrková');
  await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('Přesunout na jinou směnu: Žofie Kůrková');
});

test('Enter in the agreement form’s client picker takes the first match of what is typed now', async () => {
  const { page } = app;
  await visit(page, new URL('/agreements/new', app.bridge.url).href);
  const field = page.getByRole('combobox', { name: /^Klient/ });
  await field.fill('kurk');
  await expect.poll(() => page.getByRole('option', { name: /Kůrková Žofie/ }).isVisible()).toBe(true);
  // Typed over and Enter at once: the matches for "kurk" are still on screen, the pick must wait for "nova".
  await field.fill('nova');
  await field.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('client')).toBe(String(ids.get('Nováková')));
  await expect.poll(() => page.getByText('Nováková Jana').first().isVisible()).toBe(true);

  await visit(page, new URL('/agreements/new', app.bridge.url).href);
  await field.fill('Dvoř');
  await expect.poll(() => page.getByRole('option', { name: /Dvořák Petr/ }).isVisible()).toBe(true);
  await field.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('client')).toBe(String(ids.get('Dvořák')));
});

test('public holidays are listed by year and can be added, renamed and deleted', async () => {
  const { page } = app;
  const holidays2026 = () => must<PublicHoliday[]>(app.runtime.dispatcher, 'holidays.list', { year: 2026 });
  await page.setViewportSize(sizes[1]);
  await visit(page, new URL('/settings?tab=holidays', app.bridge.url).href);
  const table = page.getByRole('table', { name: 'Svátky v roce 2026' });
  await expect.poll(() => table.getByRole('row').count()).toBe(14);
  await expect.poll(() => table.textContent()).toContain('Den boje za svobodu a demokracii');

  await page.getByRole('button', { name: 'Přidat svátek' }).click();
  const added = page.getByRole('dialog', { name: 'Nový svátek' });
  await added.getByRole('textbox', { name: /Datum/ }).fill('25. 11. 2026');
  await added.getByRole('textbox', { name: /Název svátku \(česky\)/ }).fill('Den otevřených dveří');
  await added.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => added.getByText('Vyplňte prosím tento údaj.').isVisible()).toBe(true);
  await added.getByRole('textbox', { name: /Název svátku \(anglicky\)/ }).fill('Open day');
  await added.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => table.getByRole('row').count()).toBe(15);
  expect(holidays2026()).toContainEqual({ date: '2026-11-25', nameCs: 'Den otevřených dveří', nameEn: 'Open day' });

  const row = table.getByRole('row', { name: /Den otevřených dveří/ });
  await row.getByRole('button', { name: 'Upravit' }).click();
  const edited = page.getByRole('dialog', { name: /Svátek 25\.\s11\.\s2026/ });
  expect(await edited.getByRole('textbox', { name: /Datum/ }).isDisabled()).toBe(true);
  await edited.getByRole('textbox', { name: /Název svátku \(anglicky\)/ }).fill('Open house');
  await edited.getByRole('button', { name: 'Uložit' }).click();
  await expect.poll(() => row.textContent()).toContain('Open house');
  await app.shot('settings-holidays-cs-1024');
  expect(await screenProblems(page), 'holidays cs 1024').toEqual([]);

  await row.getByRole('button', { name: 'Smazat' }).click();
  const asked = page.getByRole('dialog', { name: 'Smazat svátek?' });
  await expect
    .poll(() => asked.textContent())
    .toContain('Smazat svátek Den otevřených dveří (25.\u00a011.\u00a02026)?');
  await asked.getByRole('button', { name: 'Smazat svátek' }).click();
  await expect.poll(() => table.getByRole('row').count()).toBe(14);
  // Its row is gone with the button that asked: focus is on the row now in its place, not lost to the page.
  await expect
    .poll(() => page.evaluate(`document.activeElement?.closest('table')?.getAttribute('aria-label') ?? null`))
    .toBe('Svátky v roce 2026');
  expect(holidays2026().map((h) => h.date)).not.toContain('2026-11-25');

  await page.getByRole('button', { name: 'Další rok' }).click();
  const next = page.getByRole('table', { name: 'Svátky v roce 2027' });
  await expect.poll(() => next.textContent()).toContain('Velký pátek');
  await expect.poll(() => next.textContent()).toContain('26.\u00a03.\u00a02027');
});

test('the holidays screen in English, at both sizes', async () => {
  const { page } = app;
  const saved = app.runtime.dispatcher.call('settings.savePreferences', { language: 'en' });
  expect(saved.ok).toBe(true);
  for (const size of sizes) {
    await page.setViewportSize(size);
    await visit(page, new URL('/settings?tab=holidays', app.bridge.url).href);
    await expect.poll(() => page.getByRole('tab', { name: 'Holidays' }).isVisible()).toBe(true);
    const table = page.getByRole('table', { name: 'Holidays in 2026' });
    await expect.poll(() => table.textContent()).toContain('Good Friday');
    await page.waitForLoadState('networkidle');
    await app.shot(`settings-holidays-en-${size.width}`);
    expect(await screenProblems(page), `holidays en ${size.width}`).toEqual([]);
  }
  app.runtime.dispatcher.call('settings.savePreferences', { language: 'cs' });
});
