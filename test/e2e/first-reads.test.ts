import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { isoWeekOf } from '../../core/contract/dates.js';
import type { ShiftView } from '../../core/contract/schedule-views.js';
import { must } from '../../core/demo/seed.js';
import { openBrowserApp, registerClients, screenshotDir, type BrowserApp } from '../helpers/browser.js';
import { fixedNow } from '../helpers/db.js';
import { testPassword } from '../helpers/vault.js';

let app: BrowserApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** The machine running the tests may be busy: a screen gets time to appear. */
const patience = { timeout: 15_000 };

/** The API methods the page asks from now on, in order, and what it writes to its console as an error or warning. */
function watch(page: Page): { calls: string[]; console: string[] } {
  const seen = { calls: [] as string[], console: [] as string[] };
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) seen.calls.push(pathname.slice('/api/'.length));
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.console.push(message.text());
  });
  return seen;
}

/** A new tab of the same browser (the session cookie goes with it), watched from its first request. */
async function freshPage(opened: BrowserApp): Promise<{ page: Page; seen: ReturnType<typeof watch> }> {
  const page = await opened.page.context().newPage();
  const seen = watch(page);
  await page.goto(opened.bridge.url);
  return { page, seen };
}

const weekHeading = (page: Page) => page.getByRole('heading', { name: /^Týden \d+/ });

test('a locked app asks only the lock until the password is given; then the board reads its data', async () => {
  app = await openBrowserApp({ vault: 'locked' });
  const { page, seen } = await freshPage(app);
  await expect.poll(() => page.getByRole('heading', { name: 'Shiftbook je zamčený' }).isVisible(), patience).toBe(true);
  expect(await page.locator('#shiftbook-first-reads').count()).toBe(0);
  expect(seen.calls.length).toBeGreaterThan(0);
  expect(seen.calls.filter((method) => !method.startsWith('vault.'))).toEqual([]);
  expect(seen.console).toEqual([]);

  await page.getByLabel('Heslo', { exact: true }).fill(testPassword);
  await page.getByRole('button', { name: 'Odemknout' }).click();
  await expect.poll(() => weekHeading(page).isVisible(), patience).toBe(true);
  expect(seen.calls).toContain('schedule.week');
  expect(seen.console).toEqual([]);
});

test('an unlocked app’s page comes with its first screen’s answers: the board shows without asking again', async () => {
  app = await openBrowserApp();
  const { page, seen } = await freshPage(app);
  await expect.poll(() => weekHeading(page).isVisible(), patience).toBe(true);
  expect(await page.locator('#shiftbook-first-reads').count()).toBe(1);
  // Each answer sent with the page is taken by the screen that needs it (VaultGate the lock's), never asked again.
  const first = ['vault.status', 'system.info', 'settings.getPreferences', 'settings.getCoordinator', 'schedule.week'];
  for (const method of first)
    expect(
      seen.calls.filter((call) => call === method),
      method,
    ).toEqual([]);
  expect(seen.console).toEqual([]);
});

/** A tab of the same browser (its session cookie) that runs no script: what the page shows before its code has run. */
async function withoutScripts(opened: BrowserApp): Promise<Page> {
  const context = await opened.browser.newContext({ javaScriptEnabled: false, locale: 'cs-CZ' });
  await context.addCookies(await opened.page.context().cookies());
  return context.newPage();
}

test('the board comes drawn with the page, before its code runs; the page takes over the same elements', async () => {
  app = await openBrowserApp({ now: fixedNow });
  const { today } = must<{ today: string }>(app.runtime.dispatcher, 'system.info', {});
  const { year, week } = isoWeekOf(today);
  const here = `/week/${year}/${week}`;
  const clients = registerClients(app, [['K-001', 'Hana', 'Dvořáková']]);
  const shift = must<{ shifts: ShiftView[] }>(app.runtime.dispatcher, 'schedule.week', { year, week }).shifts.at(-1);
  if (!shift) throw new Error('No shift this week');
  must(app.runtime.dispatcher, 'schedule.book', { shift: shift.ref, clientId: clients.get('Dvořáková') });

  // No script at all: the board is already there, with its names, inert until the page takes it over.
  const still = await withoutScripts(app);
  await still.goto(app.bridge.url);
  expect(await still.getByRole('heading', { level: 1 }).textContent()).toBe(`Týden ${week}`);
  expect(await still.locator('#root').getAttribute('data-drawn')).toBe(here);
  expect(await still.locator('#root').getAttribute('inert')).toBe('');
  expect(await still.locator('section[aria-label]').count()).toBeGreaterThan(0);
  await expect.poll(() => still.getByText('Hana Dvořáková').count()).toBeGreaterThan(0);
  await still.screenshot({ path: path.join(screenshotDir, 'first-screen-drawn.png') });
  await still.context().close();

  // With scripts, held back until an element of the drawn board is marked: taken over, not drawn again.
  const page = await app.page.context().newPage();
  const seen = watch(page);
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Not until "load": the page's code is held back.
  await page.goto(app.bridge.url, { waitUntil: 'commit' });
  await page.locator('h1').waitFor(patience);
  // Written as a script: this file is compiled without the DOM's types.
  await page.evaluate(`document.querySelector('h1').drawnHere = true`);
  release();
  await expect.poll(() => page.locator('#root').getAttribute('data-drawn'), patience).toBeNull();
  expect(await page.locator('#root').getAttribute('inert')).toBeNull();
  expect(new URL(page.url()).pathname).toBe(here);
  expect(await page.evaluate(`document.querySelector('h1').drawnHere`)).toBe(true);
  // And it answers: the quick-book field of the first shift takes a name.
  const field = page.getByRole('combobox').first();
  await field.fill('Hana');
  await expect.poll(() => page.getByRole('option', { name: /Hana Dvořáková/ }).count(), patience).toBeGreaterThan(0);
  expect(seen.calls.filter((call) => call === 'schedule.week')).toEqual([]);
  expect(seen.console).toEqual([]);
});

test('in English when the preferences say so', async () => {
  app = await openBrowserApp();
  app.runtime.dispatcher.call('settings.savePreferences', { language: 'en' });
  const still = await withoutScripts(app);
  await still.goto(app.bridge.url);
  expect(await still.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Week \d+$/);
  expect(await still.locator('html').getAttribute('lang')).toBe('en');
  await still.context().close();
  const { page, seen } = await freshPage(app);
  await expect.poll(() => page.locator('#root').getAttribute('data-drawn'), patience).toBeNull();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Week \d+$/);
  expect(seen.console).toEqual([]);
});
