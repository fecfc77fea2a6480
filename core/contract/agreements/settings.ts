import { z } from 'zod';
import { optionalText, rate, requiredText } from '../fields.js';
import { weeklyMinutes } from './schemas.js';

/**
 * The programme's own choices for agreements: what a new agreement is
 * prefilled with and the wording the documents use. Legal figures (minimum
 * wage, the weekly limit, the notice period) are not here: they come from the
 * yearly parameters.
 */
export const agreementSettings = z.strictObject({
  workDescription: requiredText(1000),
  /** Empty: the employer's address. */
  workplace: optionalText(300),
  weeklyMinutes,
  advanceShareBp: rate,
  noticeTerms: requiredText(1500),
  /** How shifts are offered and booked, for the information sheet. */
  shiftScheduling: requiredText(1500),
  /** The place of signing as written after "V" (locative), e.g. "Brně"; empty leaves a line. */
  signingPlace: optionalText(60),
  /** Anything else the information sheet should say (training, collective agreement…). */
  additionalInformation: optionalText(1500),
  /** The same texts in English: an agreement drawn up in English is English throughout. */
  workDescriptionEn: requiredText(1000),
  noticeTermsEn: requiredText(1500),
  shiftSchedulingEn: requiredText(1500),
  additionalInformationEn: optionalText(1500),
  /** How far ahead the "ending soon" list looks, in days. */
  watchDays: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(1, 'validation.tooSmall')
    .max(366, 'validation.tooBig'),
});
export type AgreementSettings = z.output<typeof agreementSettings>;
