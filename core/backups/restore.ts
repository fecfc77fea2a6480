import fs from 'node:fs';
import path from 'node:path';
import { backupFileName, type BackupContents, type BackupKeys, keyOf } from '../../db/backup.js';
import { MigrationError } from '../../db/migrate.js';
import { replaceDatabaseFile } from '../../db/restore.js';
import { backupsIn, contentsOf, type BackupEntry } from '../../db/retention.js';
import { DomainError } from '../api/domain-error.js';
import type { MaintenanceCtx } from '../api/handler.js';
import { backupRefusal, keysOf, makeBackup } from './making.js';

export const keptAsideLabel = 'before-restore';

export interface RestoreOutcome {
  restored: string;
  keptAside: string;
  contents: BackupContents;
}

/** The copy taken before the last restore: what undo brings back. */
export function undoCopy(backupDir: string): BackupEntry | null {
  return backupsIn(backupDir).find((entry) => entry.label === keptAsideLabel) ?? null;
}

/**
 * Replaces the data with a backup. The backup is checked first, the current
 * data is kept aside as a verified `before-restore` backup, and if the restored
 * file cannot be opened (damaged, or from a newer version) the kept copy goes
 * back, so a failed restore changes nothing.
 */
export function restoreBackup(ctx: MaintenanceCtx, name: string): RestoreOutcome {
  const { backupDir, reopen } = ctx;
  if (!backupDir || !reopen) throw new DomainError('backups.restoreUnavailable');
  const entry = backupsIn(backupDir).find((e) => e.name === name);
  if (!entry) throw new DomainError('backups.notFound', { name }, 'name');
  const keys = keysOf(ctx.keyring);
  const contents = contentsOf(entry.file, keys);
  if (!contents) throw new DomainError('backups.unreadable', { name }, 'name');
  const rekeying = rekeyingOf(entry.file, keys);
  const file = ctx.sqlite.name;
  let keptAside: string;
  try {
    const target = { sqlite: ctx.sqlite, backupDir, keys, now: ctx.now() };
    keptAside = makeBackup(target, keptAsideLabel, [entry.file]).file;
  } catch (error) {
    throw backupRefusal(error);
  }
  try {
    reopen(() => replaceDatabaseFile(file, entry.file, rekeying));
  } catch (error) {
    reopen(() => replaceDatabaseFile(file, keptAside));
    if (error instanceof MigrationError && error.code === 'migrationRefused') {
      throw new DomainError('backups.newerVersion', { name }, 'name');
    }
    throw new DomainError('backups.restoreFailed');
  }
  return { restored: entry.name, keptAside: path.basename(keptAside), contents };
}

/** Brings back the data as it was before the last restore (itself a restore, so it can be undone too). */
export function undoRestore(ctx: MaintenanceCtx): RestoreOutcome {
  const copy = ctx.backupDir ? undoCopy(ctx.backupDir) : null;
  if (!copy) throw new DomainError('backups.nothingToUndo');
  return restoreBackup(ctx, copy.name);
}

/**
 * A restore while the database cannot be opened (missing, empty, damaged):
 * whatever file is there is kept aside byte for byte as a `damaged` copy, since
 * it cannot be backed up through SQLite, and the backup goes in its place.
 */
export function restoreUnopened(
  file: string,
  backupDir: string,
  name: string,
  options: { now: Date; keys: BackupKeys },
): { restored: string; keptAside: string | null; contents: BackupContents } {
  const entry = backupsIn(backupDir).find((e) => e.name === name);
  if (!entry) throw new DomainError('backups.notFound', { name }, 'name');
  const contents = contentsOf(entry.file, options.keys);
  if (!contents) throw new DomainError('backups.unreadable', { name }, 'name');
  let keptAside: string | null = null;
  if ((fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0) {
    keptAside = path.join(backupDir, backupFileName('damaged', options.now));
    fs.copyFileSync(file, keptAside, fs.constants.COPYFILE_EXCL);
  }
  replaceDatabaseFile(file, entry.file, rekeyingOf(entry.file, options.keys));
  return { restored: entry.name, keptAside: keptAside && path.basename(keptAside), contents };
}

/** A backup under an older key (taken before a password change) goes in re-keyed to the current one. */
function rekeyingOf(file: string, keys: BackupKeys): { from: Buffer; to: Buffer } | undefined {
  const [current] = keys;
  const from = keyOf(file, keys);
  return current && from ? { from, to: current } : undefined;
}
