import { z } from 'zod';
import { method } from './method.js';

/** Where backups go besides the data folder, and how long printed documents are kept. */
export const backupSettings = z.strictObject({
  /** A second folder (a USB stick, say); every backup is copied there too. Empty: none. */
  secondFolder: z
    .string()
    .trim()
    .max(500, 'validation.tooLong')
    .nullish()
    .transform((v) => v || null)
    .refine((v) => v === null || /^([a-zA-Z]:[\\/]|[\\/])/.test(v), 'validation.absoluteFolder'),
  /** Printed documents older than this many days are removed by themselves; null keeps them. */
  printedKeepDays: z
    .number({ error: 'validation.integer' })
    .int('validation.integer')
    .min(1, 'validation.printedKeepDays')
    .max(3650, 'validation.printedKeepDays')
    .nullable(),
});
export type BackupSettings = z.output<typeof backupSettings>;

const contents = z.object({ clients: z.number(), agreements: z.number(), workMonths: z.number() });

export const backupItem = z.object({
  name: z.string(),
  /** `quit`, `daily`, `manual`, `before-migration`, `before-restore`. */
  kind: z.string(),
  /** The local moment with its UTC offset. */
  takenAt: z.string(),
  size: z.number(),
  /** What it holds; null when it does not open or fails its check (it cannot be restored). */
  contents: contents.nullable(),
  /** Also present in the second folder. */
  copied: z.boolean(),
});
export type BackupItem = z.output<typeof backupItem>;

const backupOutcome = z.object({
  file: z.string(),
  /** Copies made in the second folder. */
  copies: z.array(z.string()),
  /** Set when the second folder could not take the copy (missing stick, full); the backup itself is made. */
  secondFolderProblem: z.string().nullable(),
});

const restoreOutcome = z.object({
  /** The backup now in use. */
  restored: z.string(),
  /** The copy of the file as it was before, which undo brings back. */
  keptAside: z.string(),
  contents,
});

export const backupMethods = {
  'backups.list': method({
    summary: 'The backups, newest first, with date, size and what each holds; and which restore can be undone.',
    kind: 'maintenance',
    input: z.strictObject({}),
    output: z.object({
      folder: z.string().nullable(),
      secondFolder: z.string().nullable(),
      secondFolderMissing: z.boolean(),
      backups: z.array(backupItem),
      /** The copy taken before the last restore, which undoRestore brings back. */
      undo: backupItem.nullable(),
    }),
  }),
  'backups.create': method({
    summary: 'Back up the database now (checked after writing), also into the second folder when set.',
    kind: 'maintenance',
    input: z.strictObject({}),
    output: backupOutcome,
  }),
  'backups.restore': method({
    summary: 'Replace the data with a backup; the current data is kept aside first, so this can be undone.',
    kind: 'maintenance',
    input: z.strictObject({ name: z.string().min(1, 'validation.required').max(200, 'validation.tooLong') }),
    output: restoreOutcome,
  }),
  'backups.undoRestore': method({
    summary: 'Bring back the data as it was before the last restore.',
    kind: 'maintenance',
    input: z.strictObject({}),
    output: restoreOutcome,
  }),
  'backups.getSettings': method({
    summary: 'The second backup folder and how long printed documents are kept.',
    kind: 'read',
    input: z.strictObject({}),
    output: backupSettings,
  }),
  'backups.saveSettings': method({
    summary: 'Save the second backup folder and how long printed documents are kept.',
    kind: 'write',
    input: backupSettings,
    output: backupSettings,
  }),
  'backups.printed': method({
    summary: 'The folder of printed documents and the files in it, newest first.',
    kind: 'maintenance',
    input: z.strictObject({}),
    output: z.object({
      folder: z.string().nullable(),
      files: z.array(z.object({ name: z.string(), size: z.number(), savedAt: z.string() })),
    }),
  }),
  'backups.clearPrinted': method({
    summary: 'Delete printed documents: all of them, or those older than a number of days.',
    kind: 'maintenance',
    input: z.strictObject({
      olderThanDays: z.number().int('validation.integer').min(0, 'validation.integer').max(3650).optional(),
    }),
    output: z.object({ removed: z.number() }),
  }),
};
