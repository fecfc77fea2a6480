import type { Shape } from '../shape.js';
import type { csBackups } from '../cs/backups.js';

/** English texts of backups, restore and printed documents. */
export const enBackups: Shape<typeof csBackups> = {
  errors: {
    sourceDamaged:
      'The database failed its check, so no backup was made (it would copy the damage too). Restore the data from the last good backup.',
    verifyFailed: 'The backup could not be verified after writing, so it was deleted. Please try again.',
    writeFailed:
      'The backup could not be written to {{folder}} (the folder is missing, read-only, or the disk is full). Nothing changed.',
    notFound: 'There is no backup "{{name}}".',
    unreadable: 'The backup "{{name}}" does not open or is damaged; it cannot be restored. Choose another one.',
    newerVersion: 'The backup "{{name}}" was written by a newer version of the app; this version cannot restore it.',
    nothingToUndo: 'There is nothing to undo: no restore from a backup has been made yet.',
    restoreUnavailable: 'A restore cannot be made here (the database is not stored in a file).',
    restoreFailed: 'The restore failed; the data is as it was before it.',
    printedUnavailable: 'Printed documents are not saved here.',
  },
  settingName: 'Backups and printed documents',
  validation: {
    absoluteFolder: 'Give the full path of the folder (e.g. E:\\Backups or /media/usb/backups).',
    printedKeepDays: 'A number of days 1–3650, or leave it empty.',
  },
  fields: {
    secondFolder: 'Second folder for backups',
    printedKeepDays: 'Delete printed documents older than (days)',
    olderThanDays: 'Older than (days)',
  },
};
