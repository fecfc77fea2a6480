import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { firstScreenDrawer } from '../../core/doors/first-screen.js';
import { startBridge, type Bridge } from '../../core/doors/http.js';
import { noteOpened, type OpenRecord } from '../../core/doors/locked-runtime.js';
import { openDoor, type OpeningDoor } from '../../core/doors/opening.js';
import { openRuntime, type Runtime } from '../../core/doors/runtime.js';
import { createGate, createLock, type Gate } from '../../core/vault/index.js';
import { axeViolations } from '../helpers/axe.js';
import { chromiumPath, screenProblems, screenshotDir, visit } from '../helpers/browser.js';
import { fontsDir, migrationsFolder, rehor, repoRoot } from '../helpers/db.js';
import { passwordEnv, testKdf, testPassword } from '../helpers/vault.js';

/**
 * Browser mode on a data file it cannot open: the screen in front of it, in
 * both languages, and the newest good backup put back with one button.
 */
let browser: Browser;
let dir: string;
let file: string;
let record: OpenRecord;
const open: { door: OpeningDoor; bridge: Bridge }[] = [];
const patience = { timeout: 20_000 };

beforeAll(async () => {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer is missing: run "npx vite build" (npm test does it first)');
  }
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  for (const { door, bridge } of open.splice(0)) {
    await bridge.close();
    door.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

function freshFolder(): void {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftbook-opening-'));
  file = path.join(dir, 'shiftbook.sqlite');
  record = { file: path.join(dir, 'app', 'opened-files.json'), report: () => undefined };
}

/** A data file with one client, as the coordinator left it (migrations: which version wrote it). */
async function dataWithClient(options: { migrations?: string; secondFolder?: string } = {}): Promise<void> {
  const lock = createLock({
    dataFile: file,
    kdf: testKdf,
    open: (key, keyring) =>
      openRuntime({
        dataFile: file,
        migrationsFolder: options.migrations ?? migrationsFolder,
        fontsDir,
        version: 'test',
        key,
        keyring,
      }),
  });
  const gate: Gate<Runtime> = createGate(lock);
  const call = async (method: string, input: unknown = {}) => {
    const result = await gate.run(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  };
  await call('vault.setup', { password: testPassword, passwordAgain: testPassword });
  await call('settings.saveCoordinator', { coordinatorName: 'Eva Koordinátorová' });
  await call('clients.create', rehor);
  if (options.secondFolder)
    await call('backups.saveSettings', { secondFolder: options.secondFolder, printedKeepDays: null });
  await call('backups.create');
  noteOpened(record, lock.opened() as Runtime);
  lock.close();
}

/** Browser mode's door on the file, and a page at the address it prints, at 1024×768. */
async function browserMode(): Promise<Page> {
  const door = await openDoor({ dataFile: file, migrationsFolder, fontsDir, version: 'test' }, passwordEnv, record);
  const rendererDir = path.join(repoRoot, 'dist', 'renderer');
  const bridge = await startBridge({
    dispatcher: door,
    staticDir: rendererDir,
    drawFirstScreen: await firstScreenDrawer(rendererDir),
  });
  open.push({ door, bridge });
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    locale: 'cs-CZ',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await visit(page, bridge.openUrl);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

async function inEnglish(page: Page): Promise<void> {
  await page.getByText('English', { exact: true }).click();
}

function digest(target: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(target)).digest('hex');
}

test('a missing file the record knows: its screen, and the backup on the stick restored brings the data back', async () => {
  freshFolder();
  const stick = path.join(dir, 'usb');
  fs.mkdirSync(stick);
  await dataWithClient({ secondFolder: stick });
  // The file went, and the backups folder beside it with it: only the stick and the record are left.
  fs.rmSync(path.join(dir, 'backups'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });

  const page = await browserMode();
  await expect.poll(() => page.getByRole('heading', { name: 'Soubor s daty chybí' }).isVisible(), patience).toBe(true);
  expect(await page.getByRole('alert').textContent()).toContain(`Soubor ${file} chybí nebo je prázdný`);
  expect(await page.getByText('V souboru se nic nezměnilo').count()).toBe(1);
  expect(await page.getByRole('listitem').allTextContents()).toEqual(['1 klient', '0 dohod', '0 měsíců s prací']);
  expect(await screenProblems(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'opening-lost-cs');
  await inEnglish(page);
  await expect.poll(() => page.getByRole('heading', { name: 'The data file is missing' }).isVisible()).toBe(true);
  expect(await page.getByRole('listitem').allTextContents()).toEqual([
    '1 client',
    '0 agreements',
    '0 months with work',
  ]);
  expect(await screenProblems(page)).toEqual([]);
  await shot(page, 'opening-lost-en');
  expect(fs.existsSync(file)).toBe(false);

  await page.getByRole('button', { name: 'Restore this backup' }).click();
  // The app opens in the language of the restored data's preferences (Czech).
  await expect.poll(() => page.getByRole('link', { name: 'Týden' }).isVisible(), patience).toBe(true);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Týden \d+$/);
  await page.getByRole('link', { name: 'Klienti' }).click();
  await expect.poll(() => page.getByText(rehor.lastName).count(), patience).toBeGreaterThan(0);
});

test('a file from a newer version: its screen, no backup offered, every byte unchanged', async () => {
  freshFolder();
  const newer = path.join(dir, 'newer-migrations');
  fs.cpSync(migrationsFolder, newer, { recursive: true });
  const journalFile = path.join(newer, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { when: number; tag: string }[] };
  const last = journal.entries.at(-1) as { when: number; tag: string };
  journal.entries.push({ ...last, when: last.when + 60_000, tag: '9000_future' });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(newer, '9000_future.sql'), 'CREATE TABLE `future` (`id` integer PRIMARY KEY);');
  await dataWithClient({ migrations: newer });
  const before = digest(file);

  const page = await browserMode();
  await expect
    .poll(() => page.getByRole('heading', { name: 'Data jsou z novější verze' }).isVisible(), patience)
    .toBe(true);
  expect(await page.getByRole('button', { name: 'Obnovit tuto zálohu' }).count()).toBe(0);
  expect(await screenProblems(page)).toEqual([]);
  await shot(page, 'opening-newer-cs');
  await inEnglish(page);
  await expect
    .poll(() => page.getByRole('heading', { name: 'The data is from a newer version' }).isVisible())
    .toBe(true);
  await shot(page, 'opening-newer-en');
  expect(digest(file)).toBe(before);
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
});

test('a damaged file: its screen, with the newest good backup offered', async () => {
  freshFolder();
  await dataWithClient();
  const bytes = fs.readFileSync(file);
  // Scribbled over inside, past the first page, so the file still opens with its key.
  const pageSize = 4096;
  for (let at = pageSize * 2; at + 400 < bytes.length; at += pageSize * 3) bytes.fill(0x5a, at + 8, at + 400);
  fs.writeFileSync(file, bytes);
  const before = digest(file);

  const page = await browserMode();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), patience)
    .toMatch(/Soubor s daty je poškozený|Tohle není soubor s daty Shiftbooku/);
  expect(await page.getByRole('button', { name: 'Obnovit tuto zálohu' }).count()).toBe(1);
  expect(await screenProblems(page)).toEqual([]);
  await shot(page, 'opening-damaged-cs');
  await inEnglish(page);
  await expect.poll(() => page.getByRole('button', { name: 'Restore this backup' }).isVisible()).toBe(true);
  await shot(page, 'opening-damaged-en');
  expect(digest(file)).toBe(before);
});
