import { z } from 'zod';
import { isValidIsoDate } from './dates.js';

/**
 * Field builders shared by every schema. Error messages are message keys
 * (`validation.*`) that the messages catalogue translates.
 */

export const id = z.number({ error: 'validation.required' }).int('validation.integer').positive('validation.integer');

export const requiredText = (max: number) =>
  z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong');

/** Optional text: empty or missing becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((v) => v || null);

export const isoDate = z
  .string({ error: 'validation.required' })
  .min(1, 'validation.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine(isValidIsoDate, 'validation.date');

export const optionalIsoDate = z
  .union([isoDate, z.literal(''), z.null()])
  .optional()
  .transform((v) => v || null);

/** Money in haléře (1/100 CZK), never a float. */
export const money = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(0, 'validation.notNegative');

/** A rate in basis points: 1 % = 100, 100 % = 10000. */
export const rate = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(0, 'validation.notNegative')
  .max(10000, 'validation.rateTooBig');

export const paging = {
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
};
