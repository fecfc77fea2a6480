// npm run screenshots: the README's pictures, taken from the real renderer in
// browser mode on a fresh demo database (Chromium from Debian).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { seedAgreements } from '../core/demo/agreements.js';
import { seedSignUps } from '../core/demo/schedule.js';
import { seedClients, seedEmployer } from '../core/demo/seed.js';
import { firstScreenDrawer } from '../core/doors/first-screen.js';
import { startBridge } from '../core/doors/http.js';
import { checkoutPaths } from '../core/doors/paths.js';
import { openLockedRuntime } from '../core/doors/locked-runtime.js';

const paths = checkoutPaths(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(paths.root, 'docs', 'screenshots');
const now = () => new Date(2026, 10, 24, 9, 0, 0);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftbook-shots-'));
// Through the lock as browser mode opens it; the first password is set here, so the pictures show the screens.
const gate = await openLockedRuntime({
  dataFile: path.join(dir, 'shiftbook.sqlite'),
  migrationsFolder: paths.migrationsFolder,
  fontsDir: paths.fontsDir,
  version: paths.version,
  now,
});
const setUp = await gate.run('vault.setup', { password: 'screenshots only', passwordAgain: 'screenshots only' });
const runtime = gate.lock.opened();
if (!setUp.ok || !runtime) throw new Error(setUp.ok ? 'The data did not open' : setUp.error.message);
seedEmployer(runtime.dispatcher);
const clients = seedClients(runtime.dispatcher, { clients: 30, now: now(), suspendedShare: 0.12 });
seedAgreements(runtime.dispatcher, clients, now());
seedSignUps(runtime.dispatcher, clients, now());
const bridge = await startBridge({
  dispatcher: gate,
  staticDir: paths.rendererDir,
  drawFirstScreen: await firstScreenDrawer(paths.rendererDir),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(bridge.openUrl);
const shots: [string, string][] = [
  ['week/2026/49', 'week-board'],
  ['clients', 'clients'],
  ['agreements', 'agreements'],
  ['settings?tab=parameters', 'settings-parameters'],
];
fs.mkdirSync(out, { recursive: true });
for (const [route, name] of shots) {
  await page.goto(`${bridge.url}${route}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}
await browser.close();
await bridge.close();
gate.lock.close();
fs.rmSync(dir, { recursive: true, force: true });
