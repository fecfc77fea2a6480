import { z } from 'zod';
import { method } from './method.js';

/**
 * Why the data file could not be opened, as the screen in front of it tells
 * it: each kind has its title, what happened and what to do in the messages
 * (`opening.<kind>`).
 */
export const openProblemKind = z.enum([
  'lost',
  'damaged',
  'notADatabase',
  'newerVersion',
  'wrongPassword',
  'readOnly',
  'diskFull',
  'keyFileMissing',
  'other',
]);
export type OpenProblemKind = z.infer<typeof openProblemKind>;

const contents = z.object({ clients: z.number(), agreements: z.number(), workMonths: z.number() });

export const openProblem = z.object({
  kind: openProblemKind,
  /** The data file that could not be opened. */
  file: z.string(),
  /** The door's own sentence on it, in the language asked for (names the file). */
  reason: z.string(),
  /** The newest good backup with data, when one can stand in for the file. */
  backup: z
    .object({
      name: z.string(),
      folder: z.string(),
      /** The local moment with its UTC offset. */
      takenAt: z.string(),
      contents,
    })
    .nullable(),
});
export type OpenProblem = z.output<typeof openProblem>;

/**
 * A door that could not open its data file answers only these (and refuses
 * the rest with `system.cannotOpen`), like the lock answers only its own.
 */
export const openingMethods = {
  'system.openProblem': method({
    summary: 'Why the data file could not be opened, and the backup offered instead; null when it is open.',
    kind: 'read',
    input: z.strictObject({}),
    output: openProblem.nullable(),
  }),
  'system.acceptRecovery': method({
    summary: 'Put the offered backup in place of the data file (the file there now is kept aside) and open it.',
    kind: 'write',
    input: z.strictObject({ name: z.string().min(1, 'validation.required').max(200, 'validation.tooLong') }),
    output: z.object({ restored: z.string(), keptAside: z.string().nullable(), contents }),
  }),
};

export type OpeningMethods = typeof openingMethods;
export type OpeningMethodName = Extract<keyof OpeningMethods, string>;

export function isOpeningMethodName(name: string): name is OpeningMethodName {
  return Object.prototype.hasOwnProperty.call(openingMethods, name);
}
