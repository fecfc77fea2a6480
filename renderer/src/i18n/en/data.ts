import type { Shape } from '@contract/messages/shape.js';
import type { csData } from '../cs/data.js';

/** English texts of the screens: data, backups, restore and printed documents. */
export const enData: Shape<typeof csData> = {
  data: {
    title: 'Data and backups',
    backups: {
      title: 'Backups',
      intro:
        'A backup is made by itself when the app quits, once a day while it runs, before an update and before every restore. Each is checked after writing. One a day is kept for two weeks and one a month for a year; the last backup with data in it is never deleted.',
      folder: 'Backups folder: {{folder}}',
      backupNow: 'Back up now',
      done: 'The backup is saved and checked.',
      secondFolderProblem:
        'The copy into the second folder {{folder}} failed (missing or full). The backup on this computer is fine.',
      secondFolderMissing: 'The second folder {{folder}} is not available now (is the drive plugged in?).',
      empty: 'There is no backup yet.',
      taken: 'When',
      kind: 'Kind',
      size: 'Size',
      holds: 'Holds',
      holdsText: 'clients: {{clients}}, agreements: {{agreements}}, months with work: {{workMonths}}',
      unreadable: 'does not open',
      copied: 'also in the second folder',
      restore: 'Restore',
      restoreLabel: 'Restore the backup of {{date}}',
      kinds: {
        quit: 'on quit',
        daily: 'daily',
        manual: 'manual',
        'before-migration': 'before an update',
        'before-restore': 'before a restore',
        damaged: 'damaged file',
      },
    },
    restore: {
      title: 'Restore the data from a backup?',
      what: 'The data in the app will be replaced by the backup of {{date}}. It holds clients: {{clients}}, agreements: {{agreements}}, months with work: {{workMonths}}.',
      lost: 'What was entered after that moment will not be in the app.',
      keptAside:
        'Today\'s data is first saved as a "before a restore" backup. If the restore turns out to be a mistake, "Undo the restore" brings it back.',
      confirm: 'Restore',
      done: 'The data is restored from the backup of {{date}}. The previous state is saved and can be brought back.',
      undoTitle: 'Undo the last restore',
      undoText: 'The data as it was before the last restore ({{date}}) can be brought back.',
      undo: 'Undo the restore',
      undone: 'The data is as it was before the restore again.',
    },
    settings: {
      title: 'Where else to back up, and how long to keep printed documents',
      secondFolderHint:
        'E.g. a USB stick. Every backup is copied here too. Do not use a folder synced to the cloud (OneDrive, Dropbox, Google Drive).',
      printedKeepDaysHint: 'Empty: printed documents are not deleted by themselves.',
    },
    printed: {
      title: 'Printed documents',
      intro:
        'Documents the app saves for printing are in this folder. They hold personal data: once printed, do not leave them here longer than needed.',
      folder: 'Folder: {{folder}}',
      none: 'The folder is empty.',
      count_one: '{{count}} document',
      count_other: '{{count}} documents',
      clearAll: 'Delete all',
      clearOld: 'Delete those older than 30 days',
      confirmAll: 'Delete all printed documents from the folder? The papers you already have stay as they are.',
      removed_one: '{{count}} document deleted.',
      removed_other: '{{count}} documents deleted.',
      notSaved: "In a browser, documents go to the browser's Downloads folder, not here.",
    },
  },
};
