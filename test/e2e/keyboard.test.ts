import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isoWeekOf } from '../../core/contract/dates.js';
import type { ShiftView } from '../../core/contract/schedule-views.js';
import { must } from '../../core/demo/seed.js';
import { openBrowserApp, registerClients, type BrowserApp, visit } from '../helpers/browser.js';
import { fixedNow } from '../helpers/db.js';

// The week board with the keyboard only: where focus lands after each step.
// Each test works in a week (or a shift) of its own and books what it needs
// itself, so one failing test leaves nothing behind for the next.
let app: BrowserApp;
let clients: Map<string, number>;

beforeAll(async () => {
  app = await openBrowserApp({ now: fixedNow });
  clients = registerClients(app, [
    ['K-001', 'Řehoř', 'Šťastný'],
    ['K-002', 'Jana', 'Nováková'],
    ['K-003', 'Petr', 'Dvořák'],
    ['K-004', 'Alena', 'Malá'],
    ['K-005', 'Bohumil', 'Veselý'],
    ['K-006', 'Cyril', 'Horák'],
    ['K-007', 'Dana', 'Černá'],
    ['K-008', 'Emil', 'Procházka'],
  ]);
});

afterAll(async () => {
  await app.close();
});

/** Opens the week board of a week of December 2026 afresh, as after starting the app. */
async function openWeek(week: number): Promise<void> {
  await visit(app.page, new URL(`/week/2026/${week}`, app.bridge.url).href);
  await expect.poll(() => app.page.getByRole('heading', { level: 1 }).textContent()).toBe(`Týden ${week}`);
}

const shift = (day: RegExp) => app.page.getByRole('region', { name: day });
const field = (day: RegExp) => shift(day).getByRole('combobox', { name: /^Zapsat (klienta|na čekací listinu)/ });
const booked = (day: RegExp, name: string) => shift(day).getByText(name, { exact: true });
const undoButton = () => app.page.getByRole('button', { name: 'Vrátit zpět' });

/** Whether this element has the page's focus (Playwright's `toBeFocused`, polled). */
const hasFocus = async (locator: Locator) => (await locator.and(app.page.locator(':focus')).count()) === 1;

/** The accessible name of what has focus, or its tag when it has none. */
const focused = (page: Page) =>
  page.evaluate(
    `(() => { const el = document.activeElement; return el?.getAttribute('aria-label') || el?.textContent?.trim() || el?.tagName; })()`,
  );

/** Signs a client up, or onto the waiting list, through the API: a test's starting point, not what it checks. */
function signUp(date: string, lastName: string, method: 'schedule.book' | 'schedule.addToWaitingList'): void {
  const { year, week } = isoWeekOf(date);
  const found = must<{ shifts: ShiftView[] }>(app.runtime.dispatcher, 'schedule.week', { year, week }).shifts.find(
    (s) => s.date === date,
  );
  if (!found) throw new Error(`no shift on ${date}`);
  must(app.runtime.dispatcher, method, { shift: found.ref, clientId: clients.get(lastName) });
}

async function bookByKeyboard(day: RegExp, letters: string, name: string): Promise<void> {
  await app.page.keyboard.type(letters);
  await expect.poll(() => app.page.getByRole('option', { name: new RegExp(name) }).isVisible()).toBe(true);
  await expect.poll(() => field(day).getAttribute('aria-activedescendant')).toBeTruthy();
  await app.page.keyboard.press('Enter');
  await expect.poll(() => booked(day, name).isVisible()).toBe(true);
}

/** Crosses a client off with the reason under this key of the cancel menu (3 removes). */
async function crossOff(day: RegExp, name: string, key: '1' | '2' | '3'): Promise<void> {
  await shift(day)
    .getByRole('button', { name: `Odepsat: ${name}` })
    .focus();
  await app.page.keyboard.press('Enter');
  await expect.poll(() => app.page.getByRole('menu').isVisible()).toBe(true);
  await app.page.keyboard.press(key);
  await expect.poll(() => booked(day, name).count()).toBe(0);
}

test('the window title names the screen and the week', async () => {
  await openWeek(49);
  await expect.poll(() => app.page.title()).toBe('Týden 49 – Shiftbook');
});

test('after booking, focus stays in the quick-book field for the next client', async () => {
  const monday = /^Pondělí 30\. 11\./;
  await openWeek(49);
  await field(monday).focus();
  await bookByKeyboard(monday, 'rehor', 'Řehoř Šťastný');
  await expect.poll(() => hasFocus(field(monday))).toBe(true);
  await bookByKeyboard(monday, 'novak', 'Jana Nováková');
  await expect.poll(() => hasFocus(field(monday))).toBe(true);
  expect(await field(monday).inputValue()).toBe('');
  expect(await field(monday).getAttribute('aria-expanded')).toBe('false');
});

test('Ctrl+Z in the emptied field takes back the last booking', async () => {
  const monday = /^Pondělí 7\. 12\./;
  await openWeek(50);
  await field(monday).focus();
  await bookByKeyboard(monday, 'rehor', 'Řehoř Šťastný');
  await bookByKeyboard(monday, 'novak', 'Jana Nováková');
  // In a field still holding text, Ctrl+Z is the browser's own undo of the typing.
  await expect.poll(() => field(monday).inputValue()).toBe('');
  await app.page.keyboard.press('Control+z');
  await expect.poll(() => booked(monday, 'Jana Nováková').count()).toBe(0);
  await expect.poll(() => app.page.getByText('Zápis byl zrušen.').isVisible()).toBe(true);
  expect(await booked(monday, 'Řehoř Šťastný').isVisible()).toBe(true);
  expect(await hasFocus(field(monday))).toBe(true);
});

test('Enter pressed before the matches are in still books; a booking refused gives the text back', async () => {
  const friday = /^Pátek 11\. 12\./;
  const wednesday = /^Středa 9\. 12\./;
  await openWeek(50);
  await field(friday).focus();
  // No waiting for the list: a quick Enter takes the first match once it is in.
  await app.page.keyboard.type('cyril');
  await app.page.keyboard.press('Enter');
  await expect.poll(() => booked(friday, 'Cyril Horák').isVisible()).toBe(true);
  expect(await field(friday).inputValue()).toBe('');

  // A second shift the same week needs a written reason; without one the typed text is back, to change or retry.
  await field(wednesday).focus();
  await app.page.keyboard.type('cyril');
  await app.page.keyboard.press('Enter');
  await expect.poll(() => app.page.getByRole('dialog').count()).toBe(1);
  // One Esc: a second one would land in the field, which empties it.
  await app.page.keyboard.press('Escape');
  await expect.poll(() => app.page.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => field(wednesday).inputValue()).toBe('cyril');
  expect(await booked(wednesday, 'Cyril Horák').count()).toBe(0);
});

test('a cancel moves focus to the next row, the last one to the shift’s field; Ctrl+Z brings it back', async () => {
  const monday = /^Pondělí 14\. 12\./;
  signUp('2026-12-14', 'Šťastný', 'schedule.book');
  signUp('2026-12-14', 'Dvořák', 'schedule.book');
  await openWeek(51);
  await crossOff(monday, 'Řehoř Šťastný', '1');
  await expect.poll(() => focused(app.page)).toBe('Přesunout na jinou směnu: Petr Dvořák');

  await app.page.keyboard.press('Control+z');
  await expect.poll(() => booked(monday, 'Řehoř Šťastný').isVisible()).toBe(true);

  // A removal by the coordinator (3) keeps focus on the board as a cancel does.
  await crossOff(monday, 'Petr Dvořák', '3');
  await expect.poll(() => focused(app.page)).toBe('Přesunout na jinou směnu: Řehoř Šťastný');
  await crossOff(monday, 'Řehoř Šťastný', '3');
  await expect.poll(() => hasFocus(field(monday))).toBe(true);
});

test('taking someone off the waiting list moves focus to the next waiting row, the last one to the shift’s field', async () => {
  const friday = /^Pátek 18\. 12\./;
  for (const name of ['Malá', 'Veselý', 'Horák', 'Černá']) signUp('2026-12-18', name, 'schedule.book');
  signUp('2026-12-18', 'Procházka', 'schedule.addToWaitingList');
  signUp('2026-12-18', 'Nováková', 'schedule.addToWaitingList');
  await openWeek(51);
  const waiting = (name: string) => shift(friday).getByRole('list', { name: 'Čekací listina' }).getByText(name);

  await shift(friday).getByRole('button', { name: 'Odebrat z čekací listiny: Emil Procházka' }).focus();
  await app.page.keyboard.press('Enter');
  await expect.poll(() => waiting('Emil Procházka').count()).toBe(0);
  await expect.poll(() => focused(app.page)).toBe('Odebrat z čekací listiny: Jana Nováková');

  await app.page.keyboard.press('Enter');
  await expect.poll(() => waiting('Jana Nováková').count()).toBe(0);
  await expect.poll(() => hasFocus(field(friday))).toBe(true);
});

test('the undo notice stays while it has focus, and its Undo returns focus to where it was', async () => {
  const wednesday = /^Středa 9\. 12\./;
  await openWeek(50);
  await field(wednesday).focus();
  await bookByKeyboard(wednesday, 'dvor', 'Petr Dvořák');
  await undoButton().focus();
  // Longer than the notice's eight seconds: focus holds it open.
  await new Promise((resolve) => setTimeout(resolve, 9_000));
  expect(await undoButton().isVisible()).toBe(true);

  await app.page.keyboard.press('Enter');
  await expect.poll(() => booked(wednesday, 'Petr Dvořák').count()).toBe(0);
  await expect.poll(() => hasFocus(field(wednesday))).toBe(true);
  // Focus has left the notices: what follows closes by itself again.
  const done = app.page.getByText('Zápis byl zrušen.');
  await expect.poll(() => done.isVisible()).toBe(true);
  await expect.poll(() => done.isVisible(), { timeout: 8_000 }).toBe(false);
});

/** Closes the open dialog with Esc (a first Esc may close a calendar inside it). */
async function closeWithEscape(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      await page.keyboard.press('Escape');
      return page.getByRole('dialog').count();
    })
    .toBe(0);
}

test('each dialog returns focus to what opened it, a menu’s dialog to the menu’s button', async () => {
  const { page } = app;
  const monday = /^Pondělí 30\. 11\./;
  signUp('2026-11-30', 'Malá', 'schedule.book');
  await openWeek(49);
  const extra = page.getByRole('button', { name: 'Mimořádná směna' });
  await extra.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  await closeWithEscape(page);
  await expect.poll(() => hasFocus(extra)).toBe(true);

  const more = shift(monday).getByRole('button', { name: /^Další akce/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Zrušit směnu…' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  await closeWithEscape(page);
  await expect.poll(() => hasFocus(more)).toBe(true);

  const move = shift(monday).getByRole('button', { name: 'Přesunout na jinou směnu: Alena Malá' });
  await move.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  await closeWithEscape(page);
  await expect.poll(() => hasFocus(move)).toBe(true);
});
