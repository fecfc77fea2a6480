import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { openBrowserApp, type BrowserApp } from '../helpers/browser.js';
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
