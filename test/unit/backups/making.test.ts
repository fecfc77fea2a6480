import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BackupError, backupDatabase } from '../../../db/backup.js';
import { backupsIn, pruneBackups } from '../../../db/retention.js';
import { openDatabase, type OpenDatabase } from '../../../db/open.js';
import { createDispatcher } from '../../../core/api/dispatcher.js';
import { checked, fixedNow, migrationsFolder, rehor } from '../../helpers/db.js';
import { countRowsInFile, makeTempDir, removeDir } from '../support.js';

let dir: string;
let backupDir: string;
let database: OpenDatabase;

beforeEach(() => {
  dir = makeTempDir();
  backupDir = path.join(dir, 'backups');
  database = openDatabase(path.join(dir, 'shiftbook.sqlite'), { migrationsFolder });
});
afterEach(() => {
  database.close();
  removeDir(dir);
});

function addClient(code: string): void {
  const api = checked(createDispatcher({ db: database.db, now: fixedNow, actor: 'test' }));
  expect(api.call('clients.create', { ...rehor, code }).ok).toBe(true);
}

describe('a backup', () => {
  test('holds the writes still in the WAL and is left in rollback mode, alone in its folder', () => {
    addClient('K-1');
    expect(fs.statSync(`${database.file}-wal`).size).toBeGreaterThan(0);
    const file = backupDatabase(database.sqlite, backupDir, 'manual', fixedNow());
    expect(countRowsInFile(file, 'clients')).toBe(1);
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(file)]);
  });

  test('that fails its check after writing is deleted and never counts', () => {
    addClient('K-1');
    // A key that does not fit the copy stands for any copy that does not read back.
    const keys = [Buffer.alloc(32, 7)];
    expect(() => backupDatabase(database.sqlite, backupDir, 'manual', fixedNow(), { keys })).toThrow(BackupError);
    expect(fs.readdirSync(backupDir)).toEqual([]);
    expect(backupsIn(backupDir)).toEqual([]);
  });

  test('into a folder that cannot be written leaves no file, not even an empty one', () => {
    fs.writeFileSync(backupDir, 'a file where the folder should be');
    let error: unknown;
    try {
      backupDatabase(database.sqlite, path.join(backupDir, 'inner'), 'manual', fixedNow());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('writeFailed');
    expect(fs.readFileSync(backupDir, 'utf8')).toBe('a file where the folder should be');
  });
});

describe('the retention rule', () => {
  /** A backup taken `daysAgo` days before the fixed moment. */
  function backupAt(daysAgo: number, hour = 9): string {
    const now = fixedNow();
    const moment = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour);
    return path.basename(backupDatabase(database.sqlite, backupDir, 'quit', moment));
  }

  test('ten empty backups after it never push out the last one with data', () => {
    addClient('K-1');
    const withData = backupAt(30);
    database.sqlite.exec('DELETE FROM clients');
    const empty = Array.from({ length: 10 }, (_, i) => backupAt(9 - i));
    const removed = pruneBackups(backupDir, fixedNow()).map((f) => path.basename(f));
    const kept = backupsIn(backupDir).map((e) => e.name);
    expect(kept).toContain(withData);
    expect(removed).not.toContain(withData);
    expect(kept.filter((n) => empty.includes(n))).toHaveLength(10);
    expect(countRowsInFile(path.join(backupDir, withData), 'clients')).toBe(1);
  });

  test('keeps the last day whole, one a day for two weeks and one a month for a year', () => {
    const taken: [number, number][] = [
      [0, 8],
      [0, 7],
      [1, 10],
      [1, 8],
      [13, 9],
      [15, 9],
      [16, 9],
      [40, 9],
      [41, 9],
      [400, 9],
    ];
    const names = taken.map(([days, hour]) => backupAt(days, hour));
    pruneBackups(backupDir, fixedNow());
    const kept = new Set(backupsIn(backupDir).map((e) => e.name));
    // The last 24 hours stay whole; yesterday 8:00 is older and not its day's newest;
    // 15 and 16 days ago are in November, whose newest is today's; of October the newest stays.
    expect(names.map((n) => kept.has(n))).toEqual([true, true, true, false, true, false, false, true, false, false]);
  });
});
