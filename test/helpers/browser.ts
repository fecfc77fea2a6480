import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { drawnMark } from '../../core/contract/first-reads.js';
import { firstScreenDrawer } from '../../core/doors/first-screen.js';
import { startBridge, type Bridge } from '../../core/doors/http.js';
import { openRuntime, type Runtime } from '../../core/doors/runtime.js';
import { createGate, createLock, type Gate } from '../../core/vault/index.js';
import { checked, fontsDir, migrationsFolder, repoRoot } from './db.js';
import { testKdf, testPassword } from './vault.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.join(repoRoot, 'test-output', 'screenshots');
const rendererDir = path.join(repoRoot, 'dist', 'renderer');

export interface BrowserApp {
  runtime: Runtime;
  /** The lock in front of the data, as browser mode has it. */
  gate: Gate<Runtime>;
  bridge: Bridge;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** Saves a screenshot under test-output/screenshots for people to look at. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real renderer build in Debian's Chromium, talking to the real dispatcher
 * over the loopback bridge (browser mode), on a fresh database.
 */
export async function openBrowserApp(
  options: {
    now?: () => Date;
    coordinatorName?: string | null;
    /** Where the lock stands when the page opens: unlocked (the default), locked, or no password set yet. */
    vault?: 'unlocked' | 'locked' | 'new';
    /** The idle lock's clock (milliseconds). */
    clock?: () => number;
    viewport?: { width: number; height: number };
  } = {},
): Promise<BrowserApp> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('dist/renderer is missing: run "npx vite build" (npm test does it first)');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftbook-e2e-'));
  const dataFile = path.join(dataDir, 'shiftbook.sqlite');
  const lock = createLock({
    dataFile,
    kdf: testKdf,
    ...(options.clock ? { clock: options.clock } : {}),
    open: (key, keyring) =>
      openRuntime({
        dataFile,
        migrationsFolder,
        fontsDir,
        version: 'test',
        actor: 'e2e',
        key,
        keyring,
        ...(options.now ? { now: options.now } : {}),
      }),
  });
  const gate = createGate(lock);
  const vault = options.vault ?? 'unlocked';
  if (vault !== 'new') {
    const setUp = await gate.run('vault.setup', { password: testPassword, passwordAgain: testPassword });
    if (!setUp.ok) throw new Error(setUp.error.message);
  }
  // Before the page sets the first password there is no data yet: an empty stand-in answers the direct calls.
  const opened = lock.opened() ?? openRuntime({ dataFile: ':memory:', migrationsFolder, fontsDir, version: 'test' });
  // What the page is answered is checked against the contract, as in the unit tests.
  const errors: string[] = [];
  // A name stored as after the first start, so its dialog stays closed unless a test asks for it (null).
  const coordinatorName = options.coordinatorName === undefined ? 'Eva Koordinátorová' : options.coordinatorName;
  if (coordinatorName !== null) opened.dispatcher.call('settings.saveCoordinator', { coordinatorName });
  const runtime = { ...opened, dispatcher: checked(opened.dispatcher, (problem) => errors.push(problem)) };
  if (vault === 'locked') lock.lock();
  // The page goes through the lock, and its answers are checked like the direct calls.
  const door = checked(
    {
      call: (m, i, o) => opened.dispatcher.call(m, i, o),
      meta: opened.dispatcher.meta,
      run: (m, i, o) => gate.run(m, i, o),
    },
    (problem) => errors.push(problem),
  );
  // As browser-main.ts starts it: the week board comes drawn with the page.
  const bridge = await startBridge({
    dispatcher: door,
    staticDir: rendererDir,
    drawFirstScreen: await firstScreenDrawer(rendererDir),
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=cs-CZ',
    ],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: 'cs-CZ',
    // No sliding dialogs: a button is where it will stay when the test clicks it.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  // The address browser mode prints: its one-time token becomes this browser's session cookie.
  await visit(page, bridge.openUrl);
  return {
    runtime,
    gate,
    bridge,
    browser,
    page,
    dataDir,
    shot: async (name) => {
      fs.mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
    },
    close: async () => {
      await browser.close();
      await bridge.close();
      runtime.close();
      lock.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`The page or the API went wrong: ${errors.join('; ')}`);
    },
  };
}

/**
 * Opens an address as a person does and waits until the page answers: a
 * week board browser mode's door drew is inert until the page has taken it
 * over (#root loses its drawn mark), and a key or a click before then
 * reaches nothing.
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // A locator, not waitForFunction: the page's Content Security Policy refuses evaluated strings.
  await page.locator(`#root[${drawnMark}]`).waitFor({ state: 'detached', timeout: 15_000 });
}

/**
 * What does not fit the window: a page wider than the viewport, a button or
 * link reaching past its edges, a button label or heading cut short. Each
 * problem names the element by its text, so a failure says what to fix.
 */
/** Registers clients through the dispatcher (code, first and last name, born 15 March 1980); answers their ids by last name. */
export function registerClients(
  app: BrowserApp,
  people: readonly (readonly [code: string, firstName: string, lastName: string, ...rest: string[]])[],
): Map<string, number> {
  const ids = new Map<string, number>();
  for (const [code, firstName, lastName] of people) {
    const result = app.runtime.dispatcher.call('clients.create', {
      code,
      firstName,
      lastName,
      birthDate: '1980-03-15',
    });
    if (!result.ok) throw new Error(result.error.message);
    ids.set(lastName, (result.value as { id: number }).id);
  }
  return ids;
}

export async function screenProblems(page: Page): Promise<string[]> {
  // Runs in the page; written as a script because this file is compiled without the DOM's types.
  return page.evaluate<string[]>(`(() => {
    const problems = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width) {
      problems.push('page is ' + document.documentElement.scrollWidth + 'px wide in a ' + width + 'px window');
    }
    const visible = (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const named = (el) => (el.textContent || '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.tagName;
    for (const el of document.querySelectorAll('button, a[href], [role="button"]')) {
      if (!visible(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1) problems.push('"' + named(el) + '" reaches past the window');
      const card = el.closest('.mantine-Paper-root');
      if (card && box.right > card.getBoundingClientRect().right + 1) problems.push('"' + named(el) + '" sticks out of its panel');
    }
    for (const el of document.querySelectorAll('.mantine-Button-label, h1, h2, h3, th')) {
      if (!visible(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push('"' + named(el) + '" is cut short');
    }
    for (const el of document.querySelectorAll('body *')) {
      if (!visible(el) || getComputedStyle(el).textOverflow !== 'ellipsis') continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push('"' + named(el) + '" ends in an ellipsis');
    }
    return problems;
  })()`);
}
