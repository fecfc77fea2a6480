import fs from 'node:fs';
import type { BackupKeys } from '../../db/backup.js';
import { backupsIn, contentsOf, type BackupEntry } from '../../db/retention.js';
import type { BackupItem } from '../contract/backups.js';
import { timestampOf } from '../contract/dates.js';
import { undoCopy } from './restore.js';

export interface BackupListing {
  folder: string | null;
  secondFolder: string | null;
  secondFolderMissing: boolean;
  backups: BackupItem[];
  undo: BackupItem | null;
}

/** The backups as every door lists them: newest first, with what each holds and whether it was copied. */
export function listBackups(
  backupDir: string | null,
  options: { secondFolder: string | null; keys?: BackupKeys },
): BackupListing {
  const { secondFolder, keys = [] } = options;
  const secondMissing = secondFolder !== null && !fs.statSync(secondFolder, { throwIfNoEntry: false })?.isDirectory();
  const copied = new Set(secondFolder && !secondMissing ? backupsIn(secondFolder).map((e) => e.name) : []);
  const item = (entry: BackupEntry): BackupItem => ({
    name: entry.name,
    kind: entry.label,
    takenAt: timestampOf(new Date(entry.takenAt)),
    size: entry.size,
    contents: contentsOf(entry.file, keys),
    copied: copied.has(entry.name),
  });
  const undo = backupDir ? undoCopy(backupDir) : null;
  return {
    folder: backupDir,
    secondFolder,
    secondFolderMissing: secondMissing,
    backups: backupDir ? backupsIn(backupDir).map(item) : [],
    undo: undo ? item(undo) : null,
  };
}
