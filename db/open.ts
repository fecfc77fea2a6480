import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { applyMigrations, MigrationError, planMigrations, readMigrations } from './migrate.js';
import * as schema from './schema/index.js';

export type AppDb = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  /** Folder with drizzle-kit's SQL files and meta/_journal.json. */
  migrationsFolder: string;
  /** Where to copy the database before applying new migrations; no copy when omitted. */
  backupDir?: string;
  /** Used for the backup file's name. */
  now?: () => Date;
}

export interface OpenDatabase {
  db: AppDb;
  sqlite: Database.Database;
  file: string;
  /** Migrations applied by this open, and the backup taken before them. */
  migrated: { applied: number; backup: string | null };
  schemaVersion: string;
  close(): void;
}

/**
 * Opens (creating if needed) the app's SQLite file and brings its schema up to
 * date. A refused or failed migration throws MigrationError and leaves the file
 * as it was. Pass ':memory:' for a throw-away database.
 */
export function openDatabase(file: string, options: OpenOptions): OpenDatabase {
  const migrations = readMigrations(options.migrationsFolder);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');

    const plan = planMigrations(sqlite, migrations);
    if (plan.kind === 'refused') {
      throw new MigrationError('migrationRefused', `Database refused: ${plan.detail}`, {});
    }
    let backup: string | null = null;
    if (plan.pending.length > 0 && !plan.fresh && options.backupDir && file !== ':memory:') {
      backup = backupDatabase(sqlite, options.backupDir, 'before-migration', (options.now ?? (() => new Date()))());
    }
    try {
      applyMigrations(sqlite, plan.pending);
    } catch (error) {
      const tag = (error as { migrationTag?: string }).migrationTag ?? 'schema';
      throw new MigrationError(
        'migrationFailed',
        `Migration ${tag} failed: ${(error as Error).message}`,
        { migration: tag, backup: backup ?? '' },
        { cause: error },
      );
    }
    const db = drizzle(sqlite, { schema });
    const last = migrations.at(-1);
    return {
      db,
      sqlite,
      file,
      migrated: { applied: plan.pending.length, backup },
      schemaVersion: `${migrations.length}${last ? `-${last.hash.slice(0, 8)}` : ''}`,
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * A consistent copy of the open database (VACUUM INTO), e.g. before migrations
 * or on quit. Returns the new file's path.
 */
export function backupDatabase(sqlite: Database.Database, dir: string, label: string, moment: Date): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = moment.toISOString().replace(/[:.]/g, '-');
  let target = path.join(dir, `shiftbook-${label}-${stamp}.sqlite`);
  for (let n = 2; fs.existsSync(target); n += 1) {
    target = path.join(dir, `shiftbook-${label}-${stamp}-${n}.sqlite`);
  }
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** Keeps the newest `keep` backups with a label and deletes older ones. */
export function pruneBackups(dir: string, label: string, keep: number): string[] {
  if (!fs.existsSync(dir)) return [];
  const prefix = `shiftbook-${label}-`;
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
    .sort()
    .reverse();
  const removed = files.slice(keep).map((name) => path.join(dir, name));
  for (const file of removed) fs.rmSync(file);
  return removed;
}

export { MigrationError } from './migrate.js';
export * as schema from './schema/index.js';
