import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from './cipher.js';
import { makePrivateFile } from './permissions.js';

/**
 * The data keys a backup may be encrypted with, current first (one taken
 * before a password change has an older one); none for a plain database.
 */
export type BackupKeys = readonly Buffer[];

/**
 * Every backup is named `shiftbook-<label>-<local date and time><UTC offset>.sqlite`,
 * e.g. `shiftbook-manual-2026-10-25T023000+0200.sqlite`: the coordinator reads
 * the time on the wall clock, and the offset keeps the two 02:30 of the October
 * clock change apart. No colons, so Windows accepts the name.
 */
export function backupFileName(label: string, moment: Date, copy = 1): string {
  const two = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const date = `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}`;
  const time = `${two(moment.getHours())}${two(moment.getMinutes())}${two(moment.getSeconds())}`;
  const offset = -moment.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.trunc(offset / 60))}${two(offset % 60)}`;
  return `shiftbook-${label}-${date}T${time}${zone}${copy > 1 ? `-${copy}` : ''}.sqlite`;
}

const namePattern = /^shiftbook-(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})([+-]\d{2})(\d{2})(?:-(\d+))?\.sqlite$/;

/** The moment a backup was taken, from its name (copies of one second in order); null for other names. */
export function backupMoment(name: string): number | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const [, , date, hh, mm, ss, zh, zm, copy] = m;
  const at = Date.parse(`${date}T${hh}:${mm}:${ss}${zh}:${zm}`);
  return Number.isNaN(at) ? null : at + Number(copy ?? 1) / 1000;
}

/** The kind of a backup (`quit`, `daily`, `manual`, `before-migration`, `before-restore`), from its name. */
export function backupLabel(name: string): string | null {
  return namePattern.exec(name)?.[1] ?? null;
}

/**
 * Why a backup was not made. `sourceDamaged`: the database itself fails its
 * quick check, so a copy would only copy the damage; `verifyFailed`: the copy
 * did not open or did not hold what the source holds; `writeFailed`: the
 * folder is missing, read-only or full. In every case no file is left behind.
 */
export class BackupError extends Error {
  constructor(
    readonly code: 'sourceDamaged' | 'verifyFailed' | 'writeFailed',
    readonly target: string,
    options?: { cause?: unknown },
  ) {
    super(`backup ${code}: ${target}`, options);
    this.name = 'BackupError';
  }
}

/** SQLite's quick check (page structure, no index contents): cheap enough for every open and every backup. */
export function quickCheckProblems(sqlite: Database.Database): string[] {
  return (sqlite.pragma('quick_check') as { quick_check: string }[])
    .map((row) => row.quick_check)
    .filter((text) => text !== 'ok');
}

/** Rows in every table of the file; a backup must hold exactly these. */
export function tableCounts(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
}

/** What a coordinator recognises a backup by. */
export interface BackupContents {
  clients: number;
  agreements: number;
  /** Calendar months with at least one work record. */
  workMonths: number;
}

export function readContents(sqlite: Database.Database): BackupContents {
  const count = (query: string) => {
    try {
      return sqlite.prepare(query).pluck().get() as number;
    } catch {
      return 0;
    }
  };
  return {
    clients: count('SELECT count(*) FROM clients'),
    agreements: count('SELECT count(*) FROM agreements'),
    workMonths: count('SELECT count(DISTINCT substr(work_date, 1, 7)) FROM work_records'),
  };
}

export function holdsData(contents: BackupContents): boolean {
  return contents.clients > 0 || contents.agreements > 0;
}

/** Opens a backup (or any database file) read-only with whichever key fits; the caller closes it. */
export function openReadOnly(file: string, keys: BackupKeys = []): Database.Database {
  return opened(file, keys).connection;
}

/** The key a backup is encrypted with (null: plain), or throws when none of them fits. */
export function keyOf(file: string, keys: BackupKeys = []): Buffer | null {
  const { connection, key } = opened(file, keys);
  connection.close();
  return key;
}

function opened(file: string, keys: BackupKeys): { connection: Database.Database; key: Buffer | null } {
  let failure: unknown = null;
  for (const key of keys.length > 0 ? keys : [null]) {
    const connection = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (key) applyKey(connection, key);
      else connection.prepare('SELECT count(*) FROM sqlite_master').get();
      return { connection, key };
    } catch (error) {
      connection.close();
      failure = error;
    }
  }
  throw failure;
}

/**
 * Throws unless the file opens with the key, passes the quick check and holds
 * `expected` rows per table (when given). Answers what it holds.
 */
export function verifyBackupFile(
  file: string,
  expected?: Record<string, number>,
  keys: BackupKeys = [],
): BackupContents {
  let connection: Database.Database | null = null;
  try {
    connection = openReadOnly(file, keys);
    if (quickCheckProblems(connection).length > 0) throw new Error('quick check failed');
    if (expected && JSON.stringify(tableCounts(connection)) !== JSON.stringify(expected)) {
      throw new Error('row counts differ from the source');
    }
    return readContents(connection);
  } catch (error) {
    throw new BackupError('verifyFailed', file, { cause: error });
  } finally {
    connection?.close();
  }
}

export interface BackupOptions {
  keys?: BackupKeys | undefined;
}

/**
 * A consistent copy of the open database (VACUUM INTO: the WAL's content is in
 * it, and an encrypted source gives a copy encrypted with the same key), checked
 * after writing. It is written under a temporary name and renamed only once
 * verified, so a failed backup never looks like one and leaves no file.
 */
export function backupDatabase(
  sqlite: Database.Database,
  dir: string,
  label: string,
  moment: Date,
  options: BackupOptions = {},
): string {
  if (quickCheckProblems(sqlite).length > 0) throw new BackupError('sourceDamaged', sqlite.name);
  let target = path.join(dir, backupFileName(label, moment));
  for (let n = 2; fs.existsSync(target); n += 1) target = path.join(dir, backupFileName(label, moment, n));
  const partial = `${target}.partial`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    discard(partial);
    sqlite.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    discard(partial);
    throw new BackupError('writeFailed', target, { cause: error });
  }
  try {
    verifyBackupFile(partial, tableCounts(sqlite), options.keys);
    fs.renameSync(partial, target);
    makePrivateFile(target);
  } catch (error) {
    discard(partial);
    throw error instanceof BackupError ? error : new BackupError('writeFailed', target, { cause: error });
  }
  return target;
}

/**
 * Copies a verified backup into another folder (a USB stick, say), under a
 * temporary name until the copy is checked. Throws BackupError; the caller
 * reports it without failing the backup itself.
 */
export function copyBackup(file: string, dir: string, keys: BackupKeys = []): string {
  const target = path.join(dir, path.basename(file));
  const partial = `${target}.partial`;
  try {
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error('no such folder');
    fs.copyFileSync(file, partial);
  } catch (error) {
    discard(partial);
    throw new BackupError('writeFailed', target, { cause: error });
  }
  try {
    const source = openReadOnly(file, keys);
    let counts: Record<string, number>;
    try {
      counts = tableCounts(source);
    } finally {
      source.close();
    }
    verifyBackupFile(partial, counts, keys);
    fs.renameSync(partial, target);
    makePrivateFile(target);
    return target;
  } catch (error) {
    discard(partial);
    throw error instanceof BackupError ? error : new BackupError('writeFailed', target, { cause: error });
  }
}

/** Removes what a failed backup left, if anything; a folder that is not there has nothing to remove. */
function discard(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing was written where nothing can be written.
  }
}

/** What SQLite's own checks find wrong with the file (integrity and foreign keys); empty when sound. */
export function integrityProblems(sqlite: Database.Database): string[] {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .filter((text) => text !== 'ok');
  const keys = (sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
    (row) => `${row.table} row ${row.rowid}: missing ${row.parent}`,
  );
  return [...integrity, ...keys];
}
