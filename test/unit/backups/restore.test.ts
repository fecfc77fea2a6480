import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openRuntime, type Runtime } from '../../../core/doors/runtime.js';
import { fixedNow, fontsDir, migrationsFolder, rehor } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
let runtime: Runtime;
let clock: Date;

beforeEach(() => {
  dir = makeTempDir();
  clock = fixedNow();
  runtime = openRuntime({
    dataFile: path.join(dir, 'shiftbook.sqlite'),
    migrationsFolder,
    fontsDir,
    version: '0.0.0-test',
    actor: 'test',
    now: () => clock,
  });
});
afterEach(() => {
  runtime.close();
  removeDir(dir);
});

/** Each backup a second after the last, as a person clicking would make them. */
function tick(): void {
  clock = new Date(clock.getTime() + 1000);
}

function ok(method: string, input: unknown = {}): Record<string, unknown> {
  const result = runtime.dispatcher.call(method, input, { locale: 'en' });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

function clientCodes(): string[] {
  const list = ok('clients.list', {}) as { items: { code: string }[] };
  return list.items.map((c) => c.code).sort();
}

describe('restore', () => {
  test('replaces the data with a backup, keeps the current data aside, and undo brings it back', () => {
    ok('clients.create', rehor);
    const { file } = ok('backups.create') as { file: string };
    tick();
    ok('clients.create', { ...rehor, code: 'K-002', allowDuplicate: true });
    expect(clientCodes()).toEqual(['K-001', 'K-002']);

    const listed = ok('backups.list') as { backups: { name: string; contents: { clients: number } }[] };
    expect(listed.backups.find((b) => b.name === path.basename(file))?.contents.clients).toBe(1);

    const restored = ok('backups.restore', { name: path.basename(file) }) as { keptAside: string };
    expect(restored.keptAside).toMatch(/^shiftbook-before-restore-/);
    expect(clientCodes()).toEqual(['K-001']);
    // The same dispatcher writes into the restored file.
    ok('clients.create', { ...rehor, code: 'K-003', allowDuplicate: true });

    tick();
    const undo = ok('backups.list').undo as { name: string } | null;
    expect(undo?.name).toBe(restored.keptAside);
    ok('backups.undoRestore');
    expect(clientCodes()).toEqual(['K-001', 'K-002']);
  });

  test('of a backup that does not open changes nothing', () => {
    ok('clients.create', rehor);
    const { file } = ok('backups.create') as { file: string };
    fs.writeFileSync(file, 'not a database'.repeat(500));
    tick();
    const result = runtime.dispatcher.call('backups.restore', { name: path.basename(file) }, { locale: 'en' });
    expect(!result.ok && result.error.code).toBe('backups.unreadable');
    expect(clientCodes()).toEqual(['K-001']);
    expect(ok('backups.list').undo ?? null).toBeNull();
  });

  test('with nothing restored before, undo says there is nothing to undo', () => {
    const result = runtime.dispatcher.call('backups.undoRestore', {}, { locale: 'en' });
    expect(!result.ok && result.error.message).toBe(
      'There is nothing to undo: no restore from a backup has been made yet.',
    );
  });
});

describe('the second backup folder', () => {
  test('gets a checked copy of each backup; a missing one is reported and the backup still made', () => {
    const stick = path.join(dir, 'stick');
    fs.mkdirSync(stick);
    ok('backups.saveSettings', { secondFolder: stick, printedKeepDays: null });
    const made = ok('backups.create') as { file: string; copies: string[] };
    expect(made.copies).toEqual([path.join(stick, path.basename(made.file))]);
    expect((ok('backups.list').backups as { copied: boolean }[])[0]?.copied).toBe(true);

    fs.rmSync(stick, { recursive: true });
    tick();
    const missing = ok('backups.create') as { file: string; secondFolderProblem: string | null };
    expect(fs.existsSync(missing.file)).toBe(true);
    expect(missing.secondFolderProblem).toBe(stick);
    expect(ok('backups.list').secondFolderMissing).toBe(true);
    expect(fs.existsSync(stick)).toBe(false);
  });
});

describe('printed documents', () => {
  test('are listed, and cleared all at once or when older than a number of days', () => {
    fs.mkdirSync(runtime.printedDir, { recursive: true });
    const old = path.join(runtime.printedDir, 'old.pdf');
    fs.writeFileSync(old, '%PDF old');
    const tenDaysAgo = new Date(clock.getTime() - 10 * 24 * 3600 * 1000);
    fs.utimesSync(old, tenDaysAgo, tenDaysAgo);
    fs.writeFileSync(path.join(runtime.printedDir, 'new.pdf'), '%PDF new');
    const listed = ok('backups.printed') as { folder: string; files: { name: string }[] };
    expect(listed.folder).toBe(runtime.printedDir);
    expect(listed.files.map((f) => f.name)).toEqual(['new.pdf', 'old.pdf']);

    expect(ok('backups.clearPrinted', { olderThanDays: 7 })).toEqual({ removed: 1 });
    expect(fs.readdirSync(runtime.printedDir)).toEqual(['new.pdf']);
    expect(ok('backups.clearPrinted')).toEqual({ removed: 1 });
    expect(fs.readdirSync(runtime.printedDir)).toEqual([]);
  });

  test("older than the setting are removed by the daily chores, which also take the day's backup", () => {
    ok('clients.create', rehor);
    ok('backups.saveSettings', { secondFolder: null, printedKeepDays: 30 });
    fs.mkdirSync(runtime.printedDir, { recursive: true });
    const old = path.join(runtime.printedDir, 'old.pdf');
    fs.writeFileSync(old, '%PDF old');
    const longAgo = new Date(clock.getTime() - 40 * 24 * 3600 * 1000);
    fs.utimesSync(old, longAgo, longAgo);
    runtime.dailyChores();
    runtime.dailyChores();
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.readdirSync(runtime.backupDir).filter((n) => n.startsWith('shiftbook-daily-'))).toHaveLength(1);
  });
});
