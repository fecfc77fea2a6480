import type { Shape } from '../shape.js';
import type { csCommon } from '../cs/common.js';

/** English texts every domain shares: the dispatcher's errors, validation, weekdays, values in sentences. */
export const enCommon: Shape<typeof csCommon> = {
  errors: {
    unknownMethod: 'Unknown operation "{{method}}".',
    invalidInput: '{{field}}: {{problem}}',
    invalidInputGeneral: 'Invalid input: {{problem}}',
    notFound: 'The record was not found (deleted already?).',
    internal: 'Something unexpected went wrong. Nothing was saved. Please try again.',
    migrationRefused:
      'The database was written by another (newer) version of Shiftbook, which this version cannot safely work with. The file was left unchanged.',
    migrationFailed:
      'Updating the database failed ({{migration}}). The file was left unchanged; a backup is in {{backup}}.',
    system: {
      databaseBusy:
        'The database is busy: another window or program is writing to it. Nothing was saved. Please try again in a moment.',
      databaseMissing: 'There is no database file {{file}}. Check the path, or create a new database with "init".',
      databaseEmpty:
        'The file {{file}} is empty, not a Shiftbook database. Check the path, or create a new database with "init".',
      databaseExists: 'The file {{file}} already exists; "init" only creates a new database.',
      notADatabase:
        'The file {{file}} is not a Shiftbook database, or it is damaged. Nothing was changed. Restore it from a backup (the backups folder beside it).',
      documentFailed:
        'The document could not be made. Nothing was saved or marked as printed. Please try again; if it keeps failing, reinstall the app (its fonts may be missing).',
      backupUnavailable: 'Only a database stored in a file can be backed up.',
      databaseDamaged:
        'The file {{file}} is damaged (the database check found errors). Nothing was changed and nothing will be written to it. Restore the data from a backup (the backups folder beside it, the "restore" command).',
      databaseLost:
        'The data file {{file}} is missing or empty, but there are backups with data beside it, so the app does not start with an empty database. The newest good backup is {{backup}}; restore it (on the command line: restore --db {{file}} {{backupName}}), or find out where the file went.',
      databaseReadOnly:
        'The file {{file}} or its folder cannot be written to (read-only). Nothing was saved. Check the permissions and try again.',
      diskFull: 'The disk holding {{file}} is full. Nothing was saved. Free some space and try again.',
      cannotStart: 'Shiftbook cannot start: {{reason}}',
    },
  },
  weekdays: {
    long: {
      '1': 'Monday',
      '2': 'Tuesday',
      '3': 'Wednesday',
      '4': 'Thursday',
      '5': 'Friday',
      '6': 'Saturday',
      '7': 'Sunday',
    },
    short: { '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat', '7': 'Sun' },
  },
  present: {
    periodFrom: 'from {{from}}, open-ended',
    period: '{{from}} – {{to}}',
    days_one: '{{count}}\u00a0day',
    days_other: '{{count}}\u00a0days',
    weeks_one: '{{count}}\u00a0week',
    weeks_other: '{{count}}\u00a0weeks',
    hours_one: '{{count}}\u00a0hour',
    hours_other: '{{count}}\u00a0hours',
    minutes_one: '{{count}}\u00a0minute',
    minutes_other: '{{count}}\u00a0minutes',
    outOf: '{{part}} of {{whole}}',
  },
  validation: {
    required: 'Please fill this in.',
    tooLong_one: 'At most {{count}} character.',
    tooLong_other: 'At most {{count}} characters.',
    tooShort_one: 'At least {{count}} character.',
    tooShort_other: 'At least {{count}} characters.',
    tooSmall: 'At least {{min}}.',
    tooBig: 'At most {{max}}.',
    integer: 'Enter a whole number.',
    notNegative: 'Cannot be negative.',
    rateTooBig: 'A rate can be at most 100 %.',
    invalidType: 'Invalid value.',
    invalidOption: 'Choose one of the options.',
    unknownField: 'Unknown field.',
    invalid: 'Invalid value.',
    invalidJson: 'The request body is not valid JSON.',
    date: 'Enter a valid date (YYYY-MM-DD).',
    endBeforeStart: 'The end cannot be before the start.',
    noneSelected: 'Select at least one item.',
    time: 'Enter a time as HH:MM (e.g. 09:00).',
    isoWeek: 'That year has no such week.',
  },
  fields: {
    id: 'Record',
    query: 'Search',
    limit: 'Count',
    offset: 'Offset',
    reason: 'Reason',
    fromDate: 'From',
    toDate: 'To',
    excludeId: 'Exclude',
    language: 'Language',
    date: 'Date',
    note: 'Note',
    year: 'Year',
    week: 'Week',
  },
};
