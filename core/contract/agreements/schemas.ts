import { z } from 'zod';
import { id, isoDate, money, optionalIsoDate, optionalText, rate, requiredText } from '../fields.js';
import { locales } from '../i18n.js';
import { warning } from '../schedule-views.js';

/**
 * Kinds of agreement the app makes. Only DPČ for now; DPP (dohoda o provedení
 * práce) needs its own rules (a yearly hour limit instead of a weekly average),
 * which core/agreements/kinds.ts keeps per kind, and its own document texts.
 */
export const agreementKinds = ['dpc'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const agreementStatuses = ['draft', 'printed', 'signed', 'ended'] as const;

/**
 * How an agreement stands today, for people: the status with the calendar
 * applied (a signed agreement may not have started yet, or may have run out).
 */
export const agreementStates = ['draft', 'printed', 'upcoming', 'valid', 'ending', 'expired', 'ended'] as const;
export type AgreementState = (typeof agreementStates)[number];

export const endReasons = ['notice', 'mutual', 'expiry'] as const;
export type EndReason = (typeof endReasons)[number];

export const noticeParties = ['employer', 'employee'] as const;
export type NoticeParty = (typeof noticeParties)[number];

export const amendmentStatuses = ['draft', 'printed', 'signed'] as const;

export const printedKinds = ['agreement', 'information', 'amendment', 'notice'] as const;
export type PrintedKind = (typeof printedKinds)[number];

/** Average agreed working time a week, in minutes. */
export const weeklyMinutes = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(1, 'validation.scopeTooSmall')
  .max(10080, 'validation.scopeTooBig');

export const payday = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(1, 'validation.payday')
  .max(31, 'validation.payday');

export const noticeDays = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(1, 'validation.tooSmall')
  .max(366, 'validation.tooBig');

/** What an amendment may change; the agreement is made with a first set of these. */
export const termsFields = {
  /** The last day; empty: open-ended. */
  validTo: optionalIsoDate,
  workDescription: requiredText(1000),
  workplace: requiredText(300),
  weeklyMinutes,
  hourlyRate: money,
  advanceShareBp: rate,
  payday,
  noticeDays,
  /** Days ahead the schedule is given, as agreed; fewer than the law's figure is the client's consent to shorter notice. */
  scheduleNoticeDays: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(0, 'validation.notNegative')
    .max(60, 'validation.tooBig'),
  noticeTerms: requiredText(1500),
};

export const agreementTerms = z.object({
  validTo: z.string().nullable(),
  workDescription: z.string(),
  workplace: z.string(),
  weeklyMinutes: z.number(),
  hourlyRate: z.number(),
  advanceShareBp: z.number(),
  payday: z.number(),
  noticeDays: z.number(),
  scheduleNoticeDays: z.number(),
  noticeTerms: z.string(),
});
export type AgreementTerms = z.infer<typeof agreementTerms>;
export type TermName = keyof AgreementTerms;
export const termNames = Object.keys(termsFields) as TermName[];

const periodCheck = <T extends { validFrom: string; validTo: string | null }>(v: T) =>
  v.validTo === null || v.validTo >= v.validFrom;

const agreementFields = z.strictObject({
  clientId: id,
  kind: z.enum(agreementKinds, { error: 'validation.invalidOption' }).default('dpc'),
  validFrom: isoDate,
  ...termsFields,
  /**
   * The coordinator checked that the client finished compulsory schooling
   * (Civil Code § 35); required when the client is not yet of adult age on the first day.
   */
  schoolingConfirmed: z.boolean().default(false),
});

export const agreementInput = agreementFields.refine(periodCheck, {
  path: ['validTo'],
  message: 'validation.endBeforeStart',
});

/** An agreement signed on paper before it was entered: recorded as signed in one step, with its real dates. */
export const recordSignedInput = agreementFields
  .extend({ signedOn: isoDate })
  .refine(periodCheck, { path: ['validTo'], message: 'validation.endBeforeStart' });
export type RecordSignedInput = z.input<typeof recordSignedInput>;

export const agreementUpdateInput = agreementFields
  .omit({ clientId: true, kind: true })
  .extend({ id })
  .refine(periodCheck, { path: ['validTo'], message: 'validation.endBeforeStart' });

/** The new end is checked by the use case, after the effective date (so the message names the right problem). */
export const amendmentInput = z.strictObject({
  agreementId: id,
  effectiveFrom: isoDate,
  ...termsFields,
  note: optionalText(200),
});

export const endInput = z
  .strictObject({
    id,
    reason: z.enum(endReasons, { error: 'validation.invalidOption' }),
    /** Last day of the agreement; for notice it follows from the delivery day. */
    endedOn: optionalIsoDate,
    noticeBy: z
      .enum(noticeParties, { error: 'validation.invalidOption' })
      .nullish()
      .transform((v) => v ?? null),
    deliveredOn: optionalIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'notice') {
      if (v.noticeBy === null) ctx.addIssue({ code: 'custom', path: ['noticeBy'], message: 'validation.required' });
      if (v.deliveredOn === null)
        ctx.addIssue({ code: 'custom', path: ['deliveredOn'], message: 'validation.required' });
    }
    if (v.reason === 'mutual' && v.endedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'validation.required' });
    }
  });

/** A notice printed to hand over later: the agreement runs on until the delivery is recorded. */
export const prepareNoticeInput = z.strictObject({
  id,
  noticeBy: z.enum(noticeParties, { error: 'validation.invalidOption' }),
  /** The day it is meant to be delivered; empty: the dates are filled in by hand. */
  deliveredOn: optionalIsoDate,
  lang: z.enum(locales, { error: 'validation.invalidOption' }).optional(),
});

export const clientBrief = z.object({
  id: z.number(),
  code: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  active: z.boolean(),
});

export const amendment = z.object({
  id: z.number(),
  agreementId: z.number(),
  seq: z.number(),
  status: z.enum(amendmentStatuses),
  effectiveFrom: z.string(),
  signedOn: z.string().nullable(),
  terms: agreementTerms,
  /** Names of the terms that differ from those in force before it. */
  changes: z.array(z.string()),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type Amendment = z.infer<typeof amendment>;

export const printedDocument = z.object({
  id: z.number(),
  kind: z.enum(printedKinds),
  amendmentId: z.number().nullable(),
  lang: z.enum(['cs', 'en']),
  printedAt: z.string(),
  fileName: z.string(),
});

export const agreement = z.object({
  id: z.number(),
  number: z.string(),
  kind: z.enum(agreementKinds),
  status: z.enum(agreementStatuses),
  state: z.enum(agreementStates),
  client: clientBrief,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  signedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.enum(endReasons).nullable(),
  noticeBy: z.enum(noticeParties).nullable(),
  noticeDeliveredOn: z.string().nullable(),
  schoolingConfirmed: z.boolean(),
  /** Allowed but worth saying, translated (e.g. the limits for a young employee). */
  warnings: z.array(warning),
  /** The last day it is valid: the end date or the agreed end; null when indefinite. */
  lastDay: z.string().nullable(),
  /** The terms it was made with. */
  terms: agreementTerms,
  /** The terms in force today (or on its first day, if it has not started). */
  current: agreementTerms,
  amendments: z.array(amendment),
  documents: z.array(printedDocument),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Agreement = z.infer<typeof agreement>;

export const agreementSummary = z.object({
  id: z.number(),
  number: z.string(),
  kind: z.enum(agreementKinds),
  status: z.enum(agreementStatuses),
  state: z.enum(agreementStates),
  clientId: z.number(),
  clientCode: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  lastDay: z.string().nullable(),
  hourlyRate: z.number(),
  weeklyMinutes: z.number(),
  pendingAmendment: z.boolean(),
});
export type AgreementSummary = z.infer<typeof agreementSummary>;
