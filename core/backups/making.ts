import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { BackupError, backupDatabase, type BackupKeys, copyBackup } from '../../db/backup.js';
import { pruneBackups } from '../../db/retention.js';
import { DomainError } from '../api/domain-error.js';
import { keyFilePath } from '../vault/index.js';
import { backupSettingsOf } from './settings.js';

/** What a backup needs: the open connection, its folders and its key. */
export interface BackupTarget {
  sqlite: Database.Database;
  backupDir: string;
  /** The data keys, current first; none for a plain database. */
  keys: BackupKeys;
  now: Date;
}

export interface BackupOutcome {
  file: string;
  copies: string[];
  secondFolderProblem: string | null;
}

/**
 * Takes a verified backup into the data folder's backups, copies it into the
 * second folder when one is set (a missing stick is reported, not fatal), and
 * applies the retention rule in both (`protect` names a backup in use).
 * Throws BackupError when no backup was made.
 */
export function makeBackup(target: BackupTarget, label: string, protect: string[] = []): BackupOutcome {
  const file = backupDatabase(target.sqlite, target.backupDir, label, target.now, { keys: target.keys });
  pruneBackups(target.backupDir, target.now, target.keys, protect);
  const { secondFolder } = backupSettingsOf(target.sqlite);
  if (!secondFolder) return { file, copies: [], secondFolderProblem: null };
  try {
    const copy = copyBackup(file, secondFolder, target.keys);
    // Nothing in an encrypted backup opens without the key file, so the stick carries it too.
    const keyFile = keyFilePath(target.sqlite.name);
    if (fs.existsSync(keyFile)) fs.copyFileSync(keyFile, path.join(secondFolder, path.basename(keyFile)));
    pruneBackups(secondFolder, target.now, target.keys);
    return { file, copies: [copy], secondFolderProblem: null };
  } catch {
    // The copy cleaned up after itself; the backup in the data folder stands.
    return { file, copies: [], secondFolderProblem: secondFolder };
  }
}

/** A BackupError as the coordinator reads it. */
export function backupRefusal(error: unknown): unknown {
  if (!(error instanceof BackupError)) return error;
  return new DomainError(`backups.${error.code}`, { folder: path.dirname(error.target) });
}

/** The keys a maintenance call opens backups with. */
export function keysOf(keyring: { all: Buffer[] } | null): BackupKeys {
  return keyring?.all ?? [];
}
