import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { backupDatabase } from './backup.js';
import { applyKey } from './cipher.js';
import { applyMigrations, MigrationError, planMigrations, readMigrations } from './migrate.js';
import { makePrivateFile, makePrivateFolder } from './permissions.js';
import * as schema from './schema/index.js';

export type AppDb = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  /** Folder with drizzle-kit's SQL files and meta/_journal.json. */
  migrationsFolder: string;
  /** Where to copy the database before applying new migrations; no copy when omitted. */
  backupDir?: string;
  /** Used for the backup file's name. */
  now?: () => Date;
  /** Refuse a file that does not exist yet or is empty, instead of creating a database in it. */
  mustExist?: boolean;
  /** How long a call waits for another connection's write lock before it is refused as busy. */
  busyTimeoutMs?: number;
  /**
   * The data key (32 bytes) the file is encrypted with; a new file is created
   * encrypted with it. Without it the file is plain (tests, in-memory databases).
   */
  key?: Buffer;
}

/**
 * The file cannot be used as the app's database: it is missing or empty (when it
 * must exist), not a database or damaged, or locked by another writer for longer
 * than the busy timeout. `code` is a key under `errors.` in the contract's messages.
 */
export class DatabaseFileError extends Error {
  constructor(
    readonly code:
      | 'system.databaseMissing'
      | 'system.databaseEmpty'
      | 'system.notADatabase'
      | 'system.databaseBusy'
      | 'vault.wrongKey',
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${file}`, options);
    this.name = 'DatabaseFileError';
  }
}

/** What an error from SQLite means for the user: another writer holds the lock, or the file is broken. */
export function sqliteProblem(error: unknown): 'busy' | 'damaged' | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  return null;
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
 * Opens (creating if needed, unless `mustExist`) the app's SQLite file and brings
 * its schema up to date. A refused or failed migration throws MigrationError, an
 * unusable file DatabaseFileError; either leaves the file as it was. Pass
 * ':memory:' for a throw-away database.
 */
export function openDatabase(file: string, options: OpenOptions): OpenDatabase {
  const migrations = readMigrations(options.migrationsFolder);
  if (file !== ':memory:') checkFile(file, options.mustExist ?? false);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (error) {
    throw asFileError(error, file);
  }
  try {
    // Set first: even switching to WAL waits for a writer in another process.
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (options.key) keyConnection(sqlite, options.key, file);
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
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
    throw asFileError(error, file);
  }
}

function checkFile(file: string, mustExist: boolean): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (mustExist && !stat) throw new DatabaseFileError('system.databaseMissing', path.resolve(file));
  if (mustExist && stat?.isFile() && stat.size === 0)
    throw new DatabaseFileError('system.databaseEmpty', path.resolve(file));
  if (stat && !stat.isFile()) throw new DatabaseFileError('system.notADatabase', path.resolve(file));
  if (stat) {
    makePrivateFile(file);
    return;
  }
  makePrivateFolder(path.dirname(path.resolve(file)));
  // Created here, private, so SQLite's -wal and -shm files take the same bits.
  fs.writeFileSync(file, '', { flag: 'wx', mode: 0o600 });
}

/** Keyed before anything reads the file: a key that does not fit is told apart from a damaged file. */
function keyConnection(sqlite: Database.Database, key: Buffer, file: string): void {
  try {
    applyKey(sqlite, key);
  } catch (error) {
    if (sqliteProblem(error) !== 'damaged') throw error;
    throw new DatabaseFileError('vault.wrongKey', path.resolve(file), { cause: error });
  }
}

function asFileError(error: unknown, file: string): unknown {
  if (error instanceof DatabaseFileError) return error;
  const problem = sqliteProblem(error);
  if (problem === null) return error;
  const code = problem === 'busy' ? 'system.databaseBusy' : 'system.notADatabase';
  return new DatabaseFileError(code, path.resolve(file), { cause: error });
}

export { backupDatabase, integrityProblems, pruneBackups } from './backup.js';
export { encryptPlainFile, EncryptionRefused } from './encrypt.js';
export { applyKey, dataKeyBytes, isPlainDatabase, rekey, type Keyring } from './cipher.js';
export { makePrivateFile, makePrivateFolder } from './permissions.js';
export { MigrationError } from './migrate.js';
export * as schema from './schema/index.js';
