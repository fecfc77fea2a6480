import type { Shape } from '../shape.js';
import type { csOpening } from '../cs/opening.js';

/** English texts of the screen shown when the data file cannot be opened. */
export const enOpening: Shape<typeof csOpening> = {
  errors: {
    databaseLostRecorded:
      'The data file {{file}} is missing or empty, but it held data when Shiftbook last opened it (says its record of opened files, or that record is damaged). So it does not start with an empty database in its place. Nothing was changed. Find out where the file went, or restore a backup.',
    cannotOpen:
      'The data file {{file}} cannot be opened, so Shiftbook answers nothing else. Its page (the address printed at start) shows what happened and what to do.',
    nothingToRecover: 'The data file is open; there is nothing to restore.',
    offerChanged: 'The backup offered is no longer "{{name}}". Reload the page to see what is offered now.',
  },
  texts: {
    unchanged: 'Nothing in the file was changed, and nothing will be written to it.',
    lost: {
      title: 'The data file is missing',
      what: 'The file {{file}} is missing or empty, but it held data when Shiftbook last opened it. So Shiftbook did not start with an empty database in its place.',
      todo: 'Find out where the file went (a moved folder, an unplugged disk, a synced folder). Otherwise restore the newest good backup.',
    },
    damaged: {
      title: 'The data file is damaged',
      what: 'The database check found errors in the file {{file}}.',
      todo: 'Restore the newest good backup. The damaged file is kept aside in the backups folder; nothing is deleted.',
    },
    notADatabase: {
      title: 'This is not a Shiftbook data file',
      what: 'The file {{file}} is not a Shiftbook database, or it is too damaged to read.',
      todo: 'Check the path to the file (SHIFTBOOK_DB), or restore the newest good backup.',
    },
    newerVersion: {
      title: 'The data is from a newer version',
      what: 'The file {{file}} was written by a newer version of Shiftbook, which this version cannot safely work with.',
      todo: 'Install the newer version of Shiftbook (the one that last opened the file). An older backup would lose the newer work, so none is offered.',
    },
    wrongPassword: {
      title: 'The password is not right',
      what: 'The password in the SHIFTBOOK_PASSWORD variable does not open the file {{file}}.',
      todo: 'Start Shiftbook again with the right password in SHIFTBOOK_PASSWORD, or without that variable and type the password on the unlock screen.',
    },
    readOnly: {
      title: 'The data file cannot be written to',
      what: 'The file {{file}} or its folder cannot be written to (read-only).',
      todo: 'Check the permissions of the file and its folder (and that the disk is not write-protected), then start Shiftbook again.',
    },
    diskFull: {
      title: 'The disk is full',
      what: 'The disk holding the file {{file}} has no space left.',
      todo: 'Free some space on the disk, then start Shiftbook again.',
    },
    keyFileMissing: {
      title: 'The key file is missing',
      what: 'The file {{file}} is encrypted, but its key file (shiftbook.key) is not beside it.',
      todo: 'Put the key file back beside the data file (the backups have it too), then start Shiftbook again.',
    },
    other: {
      title: 'The data file cannot be opened',
      what: 'Shiftbook cannot open the file {{file}}.',
      todo: 'Read the reason below. If starting Shiftbook again does not help, restore the data from a backup.',
    },
    backup: {
      title: 'The newest good backup',
      takenAt: 'Taken {{date}}',
      clients_one: '{{count}} client',
      clients_other: '{{count}} clients',
      agreements_one: '{{count}} agreement',
      agreements_other: '{{count}} agreements',
      months_one: '{{count}} month with work',
      months_other: '{{count}} months with work',
      keptAside: "Whatever is in the file's place now is first kept aside in the backups folder; nothing is deleted.",
      none: 'No good backup with data was found in the backup folders Shiftbook knows.',
      command: 'On the command line: npm run -s cli -- restore {{name}} --db {{file}}',
      confirm: 'Restore the backup {{name}} now? The file as it is now is kept aside. (y/N) ',
      restoredRunAgain: 'The backup is restored. Run the command again.',
    },
  },
};
