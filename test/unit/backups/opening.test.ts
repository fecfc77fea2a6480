import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatcher } from '../../../core/api/dispatcher.js';
import { startFailureText } from '../../../core/doors/failures.js';
import { acceptRecovery, recoveryOffer } from '../../../core/doors/recovery.js';
import { backupDatabase } from '../../../db/backup.js';
import { DatabaseFileError, MigrationError, openDatabase } from '../../../db/open.js';
import { checked, fixedNow, migrationsFolder, rehor } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
let file: string;
let backupDir: string;

beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'shiftbook.sqlite');
  backupDir = path.join(dir, 'backups');
});
afterEach(() => removeDir(dir));

/** The file and everything beside it, byte for byte. */
function fingerprint(): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((name) => name.startsWith('shiftbook.sqlite'))
      .map((name) => [
        name,
        crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(dir, name)))
          .digest('hex'),
      ]),
  );
}

function createWithData(folder = migrationsFolder): void {
  const database = openDatabase(file, { migrationsFolder: folder });
  const api = checked(createDispatcher({ db: database.db, now: fixedNow, actor: 'test' }));
  expect(api.call('clients.create', rehor).ok).toBe(true);
  backupDatabase(database.sqlite, backupDir, 'quit', fixedNow());
  database.close();
}

function openError(): unknown {
  try {
    openDatabase(file, { migrationsFolder, backupDir, now: fixedNow }).close();
  } catch (error) {
    return error;
  }
  throw new Error('openDatabase unexpectedly succeeded');
}

describe('a data file that is gone while its backups hold data', () => {
  test('missing: refused, naming the newest good backup, and no empty file is made', () => {
    createWithData();
    fs.rmSync(file);
    const error = openError();
    expect(error).toBeInstanceOf(DatabaseFileError);
    expect((error as DatabaseFileError).code).toBe('system.databaseLost');
    expect(path.dirname((error as DatabaseFileError).backup ?? '')).toBe(backupDir);
    expect(fs.existsSync(file)).toBe(false);
    const text = startFailureText(error);
    expect(text).toContain(`The data file ${file} is missing or empty, but there are backups with data beside it`);
    expect(text).toContain(`restore --db ${file} shiftbook-quit-`);
  });

  test('empty (0 bytes): refused the same way and left at 0 bytes', () => {
    createWithData();
    fs.writeFileSync(file, '');
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    const before = fingerprint();
    expect((openError() as DatabaseFileError).code).toBe('system.databaseLost');
    expect(fingerprint()).toEqual(before);
  });

  test('without backups beside it, a missing file is a new database', () => {
    openDatabase(file, { migrationsFolder, backupDir }).close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });
});

describe('a file this version must not use keeps every byte', () => {
  test('damaged inside: refused by the quick check on open', () => {
    createWithData();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const pages = raw.pragma('page_count', { simple: true }) as number;
    raw.close();
    const bytes = fs.readFileSync(file);
    // Scribble over the middle of a few pages; the header stays, so the file still opens.
    for (let page = 2; page < Math.min(pages, 12); page += 3)
      bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    fs.writeFileSync(file, bytes);
    const before = fingerprint();
    const error = openError() as DatabaseFileError;
    expect(['system.databaseDamaged', 'system.notADatabase']).toContain(error.code);
    expect(fingerprint()).toEqual(before);
  });

  test('written by a newer version: refused before it is switched to WAL', () => {
    const extended = path.join(dir, 'extended');
    fs.cpSync(migrationsFolder, extended, { recursive: true });
    const journalFile = path.join(extended, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { when: number; tag: string }[] };
    const last = journal.entries.at(-1) as { when: number; tag: string };
    journal.entries.push({ ...last, when: last.when + 60_000, tag: '9000_future' });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(extended, '9000_future.sql'), 'CREATE TABLE `future` (`id` integer PRIMARY KEY);');
    createWithData(extended);
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fingerprint();
    const error = openError();
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe('migrationRefused');
    expect(fingerprint()).toEqual(before);
  });
});

describe('the offer a door makes instead', () => {
  test('a damaged file: the newest good backup goes in, the damaged file is kept aside byte for byte', () => {
    createWithData();
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    fs.writeFileSync(file, 'not a database at all\n'.repeat(200));
    const damaged = fs.readFileSync(file);
    const offer = recoveryOffer(openError());
    expect(path.dirname(offer?.backup ?? '')).toBe(backupDir);
    acceptRecovery(offer as { file: string; backup: string }, fixedNow());
    const database = openDatabase(file, { migrationsFolder, backupDir });
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
    database.close();
    const aside = fs.readdirSync(backupDir).filter((name) => name.startsWith('shiftbook-damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(backupDir, aside[0] as string)).equals(damaged)).toBe(true);
  });

  test('a newer-version file gets no offer: an older backup would not fix it', () => {
    expect(recoveryOffer(new MigrationError('migrationRefused', 'refused', {}))).toBeNull();
  });
});

describe('a write that cannot be stored', () => {
  function api() {
    const database = openDatabase(file, { migrationsFolder });
    return {
      database,
      api: createDispatcher({ db: database.db, now: fixedNow, actor: 'test', onInternalError: () => {} }),
    };
  }

  test('on a full disk says so, and nothing of it is stored', () => {
    const { database, api: dispatcher } = api();
    const pages = database.sqlite.pragma('page_count', { simple: true }) as number;
    database.sqlite.pragma(`max_page_count = ${pages}`);
    let stored = 0;
    let result = dispatcher.call('clients.create', { ...rehor, code: 'K-0', allowDuplicate: true }, { locale: 'en' });
    for (; result.ok && stored < 2000; stored += 1) {
      result = dispatcher.call(
        'clients.create',
        { ...rehor, code: `K-${stored + 1}`, allowDuplicate: true },
        { locale: 'en' },
      );
    }
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('system.diskFull');
      expect(result.error.message).toBe(
        `The disk holding ${file} is full. Nothing was saved. Free some space and try again.`,
      );
    }
    // Every acknowledged write is there, and nothing of the refused one.
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(stored);
    expect(database.sqlite.prepare(`SELECT count(*) FROM clients WHERE code = 'K-${stored}'`).pluck().get()).toBe(0);
    database.close();
  });

  test('on a file that cannot be written says so', () => {
    const { database, api: dispatcher } = api();
    database.sqlite.pragma('query_only = 1');
    const result = dispatcher.call('clients.create', rehor, { locale: 'en' });
    expect(!result.ok && result.error.code).toBe('system.databaseReadOnly');
    database.close();
  });
});
