import path from 'node:path';
import { type BackupKeys, DatabaseFileError } from '../../db/open.js';
import { backupsIn, newestWithData } from '../../db/retention.js';
import { restoreUnopened } from '../backups/index.js';

/** Files that cannot be opened, for which a door offers the newest good backup instead. */
const recoverable = new Set<string>([
  'system.databaseLost',
  'system.databaseLostRecorded',
  'system.databaseDamaged',
  'system.notADatabase',
  'vault.wrongKey',
]);

/**
 * The backup a door offers when the data file cannot be opened (lost, empty,
 * damaged): the newest that opens and holds data, from the backups folder
 * beside the file or any other folder known for it (the record of opened
 * files keeps the second folder, whose setting is inside the lost file); null
 * when there is none or the problem is another (a newer version is not fixed
 * by an older backup).
 */
export function recoveryOffer(
  error: unknown,
  keys: BackupKeys = [],
  otherFolders: string[] = [],
): { file: string; backup: string } | null {
  if (!(error instanceof DatabaseFileError) || !recoverable.has(error.code)) return null;
  if (error.backup) return { file: error.file, backup: error.backup };
  const folders = new Set(
    [path.join(path.dirname(error.file), 'backups'), ...otherFolders].map((f) => path.resolve(f)),
  );
  const entries = [...folders].flatMap((folder) => backupsIn(folder)).sort((a, b) => b.takenAt - a.takenAt);
  const newest = newestWithData(entries, keys);
  return newest ? { file: error.file, backup: newest.file } : null;
}

/** Puts the offered backup in place; whatever file was there is kept aside as it is. */
export function acceptRecovery(offer: { file: string; backup: string }, now: Date, keys: BackupKeys = []) {
  return restoreUnopened(offer.file, path.dirname(offer.backup), path.basename(offer.backup), { now, keys });
}
