import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { backupDatabase, type BackupKeys, quickCheckProblems } from './backup.js';
import { applyKey } from './cipher.js';
import { applyMigrations, MigrationError, planMigrations, readMigrations } from './migrate.js';
import { makePrivateFile, makePrivateFolder } from './permissions.js';
import { backupsIn, newestWithData } from './retention.js';
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
      | 'system.databaseDamaged'
      | 'system.databaseLost'
      | 'system.databaseLostRecorded'
      | 'system.databaseReadOnly'
      | 'system.diskFull'
      | 'vault.wrongKey',
    readonly file: string,
    options?: { cause?: unknown; backup?: string },
  ) {
    super(`${code}: ${file}`, options);
    this.name = 'DatabaseFileError';
    this.backup = options?.backup ?? null;
  }

  /** The newest good backup with data, offered instead of starting empty (databaseLost). */
  readonly backup: string | null;
}

/**
 * What an error from SQLite means for the user: another writer holds the lock,
 * the file is broken, the file or its folder cannot be written, or the disk is full.
 */
export function sqliteProblem(error: unknown): 'busy' | 'damaged' | 'readOnly' | 'full' | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') return 'readOnly';
  if (code.startsWith('SQLITE_FULL') || code === 'SQLITE_IOERR_WRITE') return 'full';
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
  if (file !== ':memory:') {
    refuseLostDatabase(file, options.backupDir, options.key ? [options.key] : []);
    checkFile(file, options.mustExist ?? false);
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (error) {
    throw asFileError(error, file);
  }
  try {
    // Set first: even the checks below wait for a writer in another process.
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (options.key) keyConnection(sqlite, options.key, file);
    // Everything that may refuse the file runs before the first pragma that writes to it.
    const plan = refuseUnusable(sqlite, file, migrations);
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');

    let backup: string | null = null;
    if (plan.pending.length > 0 && !plan.fresh && options.backupDir && file !== ':memory:') {
      const moment = (options.now ?? (() => new Date()))();
      backup = backupDatabase(sqlite, options.backupDir, 'before-migration', moment, {
        ...(options.key ? { keys: [options.key] } : {}),
      });
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

/**
 * A missing or empty file where backups with data lie beside it is a lost
 * database, not a new one: refused, offering the newest good backup.
 */
function refuseLostDatabase(file: string, backupDir: string | undefined, keys: BackupKeys): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if ((stat && (!stat.isFile() || stat.size > 0)) || !backupDir) return;
  const backup = newestWithData(backupsIn(backupDir), keys);
  if (backup) throw new DatabaseFileError('system.databaseLost', path.resolve(file), { backup: backup.file });
}

/**
 * Refuses a damaged file or one written by a newer version, reading only: a
 * refused file keeps every byte. Answers the migration plan for the rest.
 */
function refuseUnusable(
  sqlite: Database.Database,
  file: string,
  migrations: ReturnType<typeof readMigrations>,
): Extract<ReturnType<typeof planMigrations>, { kind: 'ready' }> {
  if (quickCheckProblems(sqlite).length > 0) throw new DatabaseFileError('system.databaseDamaged', path.resolve(file));
  const plan = planMigrations(sqlite, migrations);
  if (plan.kind === 'refused') throw new MigrationError('migrationRefused', `Database refused: ${plan.detail}`, {});
  return plan;
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
  if (error instanceof DatabaseFileError || error instanceof MigrationError) return error;
  const problem = sqliteProblem(error);
  if (problem === null) return error;
  const code = (
    {
      busy: 'system.databaseBusy',
      damaged: 'system.notADatabase',
      readOnly: 'system.databaseReadOnly',
      full: 'system.diskFull',
    } as const
  )[problem];
  return new DatabaseFileError(code, path.resolve(file), { cause: error });
}

export { BackupError, backupDatabase, type BackupKeys, integrityProblems } from './backup.js';
export { pruneBackups } from './retention.js';
export { encryptPlainFile, EncryptionRefused } from './encrypt.js';
export { applyKey, dataKeyBytes, isPlainDatabase, rekey, type Keyring } from './cipher.js';
export { makePrivateFile, makePrivateFolder } from './permissions.js';
export { MigrationError } from './migrate.js';
export * as schema from './schema/index.js';
