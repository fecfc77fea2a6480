import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatcher } from '../../../core/api/dispatcher.js';
import { MigrationError, openDatabase } from '../../../db/open.js';
import { migrationsTable, readMigrations } from '../../../db/migrate.js';
import { checked, fixedNow, migrationsFolder, rehor } from '../../helpers/db.js';
import { countRows, makeTempDir, removeDir, snapshotFile, tableNames } from '../support.js';

/** How many migrations the app ships; other work may add more. */
const shipped = readMigrations(migrationsFolder).length;

let dir: string;
let file: string;
let backupDir: string;

beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'data', 'shiftbook.sqlite');
  backupDir = path.join(dir, 'backups');
});
afterEach(() => removeDir(dir));

/** A copy of the shipped migrations folder that a test may extend or edit. */
function copyMigrations(name = 'migrations'): string {
  const target = path.join(dir, name);
  fs.cpSync(migrationsFolder, target, { recursive: true });
  return target;
}

function addMigration(folder: string, tag: string, sql: string, when?: number): void {
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('empty journal');
  journal.entries.push({ idx: last.idx + 1, version: '6', when: when ?? last.when + 60_000, tag, breakpoints: true });
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), sql);
}

/** Creates the database with the shipped migrations and one client in it. */
function createWithData(): void {
  const database = openDatabase(file, { migrationsFolder });
  const api = checked(createDispatcher({ db: database.db, now: fixedNow, actor: 'test' }));
  const result = api.call('clients.create', rehor);
  expect(result.ok).toBe(true);
  database.close();
}

function recordedMigrations(sqlite: Database.Database): number {
  return countRows(sqlite, migrationsTable);
}

function backups(): string[] {
  return fs.existsSync(backupDir) ? fs.readdirSync(backupDir) : [];
}

function openError(folder: string): MigrationError {
  try {
    openDatabase(file, { migrationsFolder: folder, backupDir, now: fixedNow }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(MigrationError);
    return error as MigrationError;
  }
  throw new Error('openDatabase unexpectedly succeeded');
}

const extraTable = 'CREATE TABLE `extra` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`label` text NOT NULL\n);\n';

describe('a fresh database file', () => {
  test('gets every migration, WAL, foreign keys and the seeded pay parameters; no backup', () => {
    const database = openDatabase(file, { migrationsFolder, backupDir });
    try {
      expect(database.migrated).toEqual({ applied: shipped, backup: null });
      expect(database.schemaVersion).toMatch(new RegExp(`^${shipped}-[0-9a-f]{8}$`));
      expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(tableNames(database.sqlite)).toEqual(
        expect.arrayContaining([
          'audit_log',
          'client_suspensions',
          'clients',
          'pay_parameters',
          'settings',
          migrationsTable,
        ]),
      );
      expect(recordedMigrations(database.sqlite)).toBe(shipped);
      const params = database.sqlite
        .prepare(
          'SELECT valid_from, valid_to, min_wage_hourly, min_wage_monthly FROM pay_parameters ORDER BY valid_from',
        )
        .all();
      expect(params).toEqual([
        { valid_from: '2025-01-01', valid_to: '2025-12-31', min_wage_hourly: 12440, min_wage_monthly: 2080000 },
        { valid_from: '2026-01-01', valid_to: '2026-12-31', min_wage_hourly: 13440, min_wage_monthly: 2240000 },
      ]);
      // Foreign keys are enforced, not only switched on.
      expect(() =>
        database.sqlite
          .prepare(
            `INSERT INTO client_suspensions (client_id, from_date, reason, created_at) VALUES (999, '2026-01-01', 'x', 'now')`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      database.close();
    }
    expect(backups()).toEqual([]);
  });

  test('reopening applies nothing, takes no backup and keeps the data', () => {
    createWithData();
    const database = openDatabase(file, { migrationsFolder, backupDir });
    try {
      expect(database.migrated).toEqual({ applied: 0, backup: null });
      expect(recordedMigrations(database.sqlite)).toBe(shipped);
      expect(countRows(database.sqlite, 'clients')).toBe(1);
      expect(countRows(database.sqlite, 'pay_parameters')).toBe(2);
    } finally {
      database.close();
    }
    expect(backups()).toEqual([]);
  });
});

describe('a new migration', () => {
  test('is applied after a backup copy of the old database is taken', () => {
    createWithData();
    const folder = copyMigrations();
    addMigration(
      folder,
      '9000_extra',
      `${extraTable}--> statement-breakpoint\nINSERT INTO \`extra\` (\`id\`, \`label\`) VALUES (1, 'one');`,
    );

    const database = openDatabase(file, { migrationsFolder: folder, backupDir, now: fixedNow });
    let backup: string | null;
    try {
      expect(database.migrated.applied).toBe(1);
      backup = database.migrated.backup;
      expect(database.schemaVersion).toMatch(new RegExp(`^${shipped + 1}-`));
      expect(recordedMigrations(database.sqlite)).toBe(shipped + 1);
      expect(database.sqlite.prepare('SELECT id, label FROM extra').all()).toEqual([{ id: 1, label: 'one' }]);
      expect(countRows(database.sqlite, 'clients')).toBe(1);
    } finally {
      database.close();
    }

    expect(backup).not.toBeNull();
    expect(path.dirname(backup ?? '')).toBe(backupDir);
    expect(backups()).toEqual([path.basename(backup ?? '')]);
    expect(path.basename(backup ?? '')).toMatch(/^shiftbook-before-migration-.*\.sqlite$/);
    // The backup is a valid SQLite database holding the data as it was before the migration.
    const copy = new Database(backup ?? '', { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(tableNames(copy)).not.toContain('extra');
      expect(recordedMigrations(copy)).toBe(shipped);
      expect(copy.prepare('SELECT code, first_name, last_name FROM clients').all()).toEqual([
        { code: 'K-001', first_name: 'Řehoř', last_name: 'Šťastný' },
      ]);
    } finally {
      copy.close();
    }
  });

  test('failing in its 2nd statement throws migrationFailed and leaves the database exactly as before', () => {
    createWithData();
    const before = snapshotFile(file);
    const folder = copyMigrations();
    addMigration(
      folder,
      '9000_broken',
      `${extraTable}--> statement-breakpoint\nINSERT INTO \`missing_table\` VALUES (1);`,
    );

    const error = openError(folder);
    expect(error.code).toBe('migrationFailed');
    expect(error.detail.migration).toBe('9000_broken');
    expect(error.message).toContain('no such table: missing_table');
    expect(fs.existsSync(error.detail.backup ?? '')).toBe(true);

    const after = snapshotFile(file);
    expect(after).toEqual(before);
    expect(Object.keys(after.rows)).not.toContain('extra');
    expect(after.rows[migrationsTable]).toHaveLength(shipped);
    expect(after.rows.clients).toHaveLength(1);

    // The app (with its shipped migrations) still opens the untouched file.
    const database = openDatabase(file, { migrationsFolder });
    expect(database.migrated.applied).toBe(0);
    database.close();
  });

  test('a failure in the last of two pending migrations applies neither', () => {
    createWithData();
    const before = snapshotFile(file);
    const folder = copyMigrations();
    addMigration(folder, '9000_good', extraTable);
    addMigration(folder, '9001_bad', 'CREATE TABLE `more` (`id` integer);\n--> statement-breakpoint\nTHIS IS NOT SQL;');

    const error = openError(folder);
    expect(error.code).toBe('migrationFailed');
    expect(error.detail.migration).toBe('9001_bad');
    expect(snapshotFile(file)).toEqual(before);
  });
});

describe('a database this version must not touch', () => {
  test('one that records a migration the app does not ship is refused and left unchanged', () => {
    const extended = copyMigrations('extended');
    addMigration(extended, '9000_future', extraTable);
    const first = openDatabase(file, { migrationsFolder: extended });
    expect(first.migrated.applied).toBe(shipped + 1);
    first.close();
    const before = snapshotFile(file);

    const error = openError(migrationsFolder);
    expect(error.code).toBe('migrationRefused');
    expect(error.message).toMatch(/not shipped/);
    expect(snapshotFile(file)).toEqual(before);
    expect(backups()).toEqual([]);
  });

  test('one whose recorded migration differs from the shipped file is refused', () => {
    createWithData();
    const before = snapshotFile(file);
    const edited = copyMigrations('edited');
    const seedFile = path.join(edited, '0001_seed_pay_parameters.sql');
    fs.writeFileSync(seedFile, fs.readFileSync(seedFile, 'utf8').replace('13440', '13500'));

    const error = openError(edited);
    expect(error.code).toBe('migrationRefused');
    expect(error.message).toContain('0001_seed_pay_parameters');
    expect(snapshotFile(file)).toEqual(before);
    expect(backups()).toEqual([]);
  });

  test('a new migration dated before the last applied one is refused', () => {
    createWithData();
    const before = snapshotFile(file);
    const folder = copyMigrations();
    const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { when: number }[];
    };
    addMigration(folder, '9000_backdated', extraTable, (journal.entries[0]?.when ?? 0) + 1);

    const error = openError(folder);
    expect(error.code).toBe('migrationRefused');
    expect(error.message).toContain('9000_backdated');
    expect(snapshotFile(file)).toEqual(before);
  });
});
