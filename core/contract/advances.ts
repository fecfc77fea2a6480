import { z } from 'zod';
import { receiptView } from './cash.js';
import { id, isoDate, optionalText } from './fields.js';
import { locales } from './i18n.js';
import { documentMethod, method } from './method.js';

export const advanceStatuses = ['open', 'paid', 'declined', 'weekOver'] as const;

/**
 * The advance proposed after a worked shift, with how it was computed: the
 * agreement's share of the shift's gross pay rounded down to whole CZK, and
 * the cap that keeps the month's advances within the month's expected net pay.
 */
export const advanceProposal = z.object({
  workRecordId: z.number(),
  clientId: z.number(),
  clientName: z.string(),
  workDate: z.string(),
  minutes: z.number(),
  /** The month of pay the advance is paid towards. */
  payMonth: z.string(),
  /** The shift's gross pay, premiums included (haléře). */
  shiftGross: z.number(),
  /** The agreement's advance share on the day (basis points). */
  shareBp: z.number(),
  /** The share of the shift's gross, rounded down to whole CZK. */
  share: z.number(),
  /** Net pay the month's work so far is expected to bring. */
  expectedNet: z.number(),
  /** Advances already paid towards the month, this shift's own left out. */
  paidBefore: z.number(),
  /** What may still be advanced this month, rounded down to whole CZK. */
  cap: z.number(),
  /** What is proposed: the share, or the cap where it is lower. */
  amount: z.number(),
  /** The cap cut the share. */
  capped: z.boolean(),
  /**
   * By how much the month's paid advances now exceed its expected net pay (0
   * when they do not): a work record corrected after its advance was paid can
   * lower the pay below what was already advanced.
   */
  overAdvanced: z.number(),
  status: z.enum(advanceStatuses),
  /** The last day it can be paid: the Sunday of the shift's ISO week. */
  payableUntil: z.string(),
  receipt: receiptView.nullable(),
  /** What the cash box holds now: the screen warns before paying more than that. */
  cashBalance: z.number(),
  declineReason: z.string().nullable(),
});
export type AdvanceProposal = z.infer<typeof advanceProposal>;

const workRecord = z.strictObject({ workRecordId: id });

export const advanceMethods = {
  'advances.propose': method({
    summary: 'The advance proposed for a worked shift, with how it was computed and whether the cap cut it.',
    kind: 'read',
    input: workRecord,
    output: advanceProposal,
  }),
  'advances.ofDay': method({
    summary: 'The advances of every worked shift of a day.',
    kind: 'read',
    input: z.strictObject({ date: isoDate }),
    output: z.array(advanceProposal),
  }),
  'advances.pay': documentMethod({
    summary:
      'Pay the proposed advance in cash: records the payout and its numbered receipt, and answers the receipt to sign.',
    kind: 'document',
    input: z.strictObject({
      workRecordId: id,
      /** The screen warned that the cash box goes below zero and the coordinator pays anyway. */
      allowNegative: z.boolean().default(false),
      lang: z.enum(locales, { error: 'validation.invalidOption' }).optional(),
    }),
  }),
  'advances.decline': method({
    summary: 'The client does not want the advance for this shift; the whole pay comes on payday.',
    kind: 'write',
    input: z.strictObject({ workRecordId: id, reason: optionalText(200) }),
    output: advanceProposal,
  }),
};
