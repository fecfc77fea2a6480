import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { seedAgreements } from '../../core/demo/agreements.js';
import { seedPastDays } from '../../core/demo/attendance.js';
import { seedSignUps } from '../../core/demo/schedule.js';
import { seedClients, seedEmployer } from '../../core/demo/seed.js';
import { startBridge } from '../../core/doors/http.js';
import { openRuntime } from '../../core/doors/runtime.js';
import { chromiumPath } from '../helpers/browser.js';
import { fontsDir, migrationsFolder, repoRoot } from '../helpers/db.js';
import type { Comparison, Timing } from './measure.js';

const runs = 15;
const warmup = 2;

// Installed before any of the page's own scripts: the moment (ms since the
// navigation began) of the first frame showing the week's heading and its
// shift columns. Written as a script: this file is compiled without the DOM's types.
const watchBoard = `
window.__boardShown = new Promise((resolve) => {
  const shown = () =>
    /^(Týden|Week) \\d+/.test(document.querySelector('h1')?.textContent ?? '') &&
    document.querySelector('section[aria-label]') !== null;
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
});`;

/** Builds the renderer as it ships, so the bench never times a stale build. */
function buildRenderer(): void {
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** The demo data (cli demo) on the real clock, with the coordinator's name given, as after a first start. */
function openDemo(dataDir: string) {
  const runtime = openRuntime({
    dataFile: path.join(dataDir, 'shiftbook.sqlite'),
    migrationsFolder,
    fontsDir,
    version: 'bench',
    actor: 'bench',
  });
  const now = new Date();
  const api = runtime.dispatcher;
  seedEmployer(api);
  runtime.database.sqlite.transaction(() => {
    const clients = seedClients(api, { clients: 30, now, suspendedShare: 0.12 });
    seedAgreements(api, clients, now);
    seedPastDays(runtime.database.db, clients, now);
    seedSignUps(api, clients, now);
  })();
  api.call('settings.saveCoordinator', { coordinatorName: 'Eva Koordinátorová' });
  return runtime;
}

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

/** The session cookie browser mode gives for its printed address (the token is taken once). */
async function sessionCookies(browser: Browser, openUrl: string): Promise<Cookies> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(openUrl);
    return await context.cookies();
  } finally {
    await context.close();
  }
}

/**
 * One cold load (a fresh browser context: no cache, no storage but the
 * session cookie, as in a browser that opened the printed address) until the board is shown.
 */
async function coldLoad(browser: Browser, url: string, cookies: Cookies): Promise<{ ms: number; html: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'cs-CZ' });
  try {
    await context.addCookies(cookies);
    await context.addInitScript(watchBoard);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await page.evaluate<number>('window.__boardShown');
    return { ms, html: await page.content() };
  } finally {
    await context.close();
  }
}

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/**
 * Opening the app in browser mode (Debian's Chromium, a cold load each time,
 * from "/" as a person opens it, through the redirect to this week) until the
 * week board is on screen, next to the same board saved from the app and served
 * as a static HTML file with the same stylesheet by the same door: what is left
 * once scripts, API calls and rendering cost nothing.
 */
export async function firstScreenBenchmarks(): Promise<Comparison[]> {
  buildRenderer();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftbook-bench-'));
  const staticDir = path.join(dataDir, 'renderer');
  fs.cpSync(path.join(repoRoot, 'dist', 'renderer'), staticDir, { recursive: true });
  const runtime = openDemo(dataDir);
  const bridge = await startBridge({ dispatcher: runtime.dispatcher, staticDir });
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
  try {
    const cookies = await sessionCookies(browser, bridge.openUrl);
    const first = await coldLoad(browser, bridge.url, cookies);
    // The board as rendered, without its scripts and the page's token: nothing left to run.
    const board = first.html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, '')
      .replace(/<meta name="shiftbook-token"[^>]*>/g, '');
    fs.writeFileSync(path.join(staticDir, 'board.html'), board);
    const appTimes: number[] = [];
    const staticTimes: number[] = [];
    for (let i = 0; i < warmup + runs; i += 1) {
      const app = await coldLoad(browser, bridge.url, cookies);
      const page = await coldLoad(browser, `${bridge.url}board.html`, cookies);
      if (i < warmup) continue;
      appTimes.push(app.ms);
      staticTimes.push(page.ms);
    }
    return [
      {
        name: 'first screen: cold load to week board',
        subject: timing(appTimes),
        baseline: timing(staticTimes),
        baselineName: 'static HTML',
        targetMs: 400,
      },
    ];
  } finally {
    await browser.close();
    await bridge.close();
    runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
