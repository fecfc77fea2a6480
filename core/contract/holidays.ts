import { z } from 'zod';
import { isoDate, requiredText } from './fields.js';
import { method } from './method.js';

/** How the law sees a day's work (core/holidays decides): a public holiday first, then Saturday or Sunday. */
export const dayKinds = ['holiday', 'saturday', 'sunday', 'weekday'] as const;
export type DayKind = (typeof dayKinds)[number];

export const publicHoliday = z.object({ date: z.string(), nameCs: z.string(), nameEn: z.string() });
export type PublicHoliday = z.infer<typeof publicHoliday>;

export const holidayInput = z.strictObject({ date: isoDate, nameCs: requiredText(120), nameEn: requiredText(120) });

export const holidayMethods = {
  'holidays.list': method({
    summary: 'The Czech public holidays kept as data, of one year.',
    kind: 'read',
    input: z.strictObject({
      year: z
        .number({ error: 'validation.required' })
        .int('validation.integer')
        .min(2000, 'validation.tooSmall')
        .max(2100, 'validation.tooBig'),
    }),
    output: z.array(publicHoliday),
  }),
  'holidays.save': method({
    summary: 'Add a public holiday or rename one (by its date).',
    kind: 'write',
    input: holidayInput,
    output: publicHoliday,
  }),
  'holidays.delete': method({
    summary: 'Remove a public holiday.',
    kind: 'write',
    input: z.strictObject({ date: isoDate }),
    output: z.object({ date: z.string() }),
  }),
};
