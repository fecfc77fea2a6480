import { z } from 'zod';
import { isoMonth } from './cash.js';
import { id, isoDate, requiredText } from './fields.js';
import { method } from './method.js';
import { payParameters } from './settings.js';

/**
 * The month's pay run, its warnings, closing, payday and corrections. Money in
 * haléře, durations in minutes, months 'YYYY-MM'.
 */

export const payrollStates = ['draft', 'closed'] as const;
export type PayrollState = (typeof payrollStates)[number];

export const paymentMethods = ['cash', 'bank'] as const;

/** The pay module's line keys, as core/pay names them (the payslip prints one per key and rate). */
export const payLineKeys = [
  'work',
  'holidayPremium',
  'weekendPremium',
  'gross',
  'insuranceThreshold',
  'employeeSocial',
  'healthPremium',
  'employeeHealth',
  'employeeHealthTopUp',
  'employerSocial',
  'employerHealth',
  'withholdingTaxBase',
  'withholdingTax',
  'advanceTaxBase',
  'advanceTaxBeforeCredit',
  'taxpayerCredit',
  'advanceTax',
  'net',
] as const;

/** One figure of the month with what it was computed from and the law behind it. */
export const payLineView = z.object({
  key: z.enum(payLineKeys),
  amount: z.number(),
  basis: z.object({
    minutes: z.number().optional(),
    hourlyRate: z.number().optional(),
    base: z.number().optional(),
    rateBp: z.number().optional(),
    ofRateBp: z.number().optional(),
  }),
  rule: z.string(),
  /** The law, e.g. 'zákon č. 262/2006 Sb., § 138'. */
  citation: z.string(),
});
export type PayLineView = z.infer<typeof payLineView>;

/** One worked shift of the month. */
export const payShift = z.object({
  workRecordId: z.number(),
  date: z.string(),
  minutes: z.number(),
  dayKind: z.enum(['holiday', 'saturday', 'sunday', 'weekday']),
  hourlyRate: z.number(),
});

/** A correction of a closed month, paid or deducted in a later open month (signed haléře, on the net). */
export const payAdjustment = z.object({
  id: z.number(),
  clientId: z.number(),
  month: z.string(),
  sourceMonth: z.string(),
  amount: z.number(),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type PayAdjustment = z.infer<typeof payAdjustment>;

/** How a client's remainder was handed over on payday. */
export const paidMark = z.object({
  method: z.enum(paymentMethods),
  date: z.string(),
  amount: z.number(),
  /** A cash payout's cash-book receipt; null for a bank transfer or nothing to pay. */
  receiptId: z.number().nullable(),
  receiptNumber: z.string().nullable(),
  markedAt: z.string(),
  markedBy: z.string(),
});
export type PaidMark = z.infer<typeof paidMark>;

/** A figure that changed since the coordinator last looked at the month. */
export const payChange = z.object({ key: z.string(), before: z.number(), after: z.number() });

export const payslipView = z.object({
  clientId: z.number(),
  code: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** 'Last First', for lists. */
  name: z.string(),
  birthDate: z.string(),
  /** Street, postcode and town as one line, or null. */
  address: z.string().nullable(),
  paymentMethod: z.enum(paymentMethods),
  bankAccount: z.string().nullable(),
  shifts: z.array(payShift),
  minutes: z.number(),
  /** The hourly rates the month was paid at, in order. */
  hourlyRates: z.array(z.number()),
  /** Pay for the hours at the agreed rate, before premiums. */
  basePay: z.number(),
  premiums: z.number(),
  gross: z.number(),
  /** At or above the insurance threshold: insured, to be registered. */
  insured: z.boolean(),
  employeeSocial: z.number(),
  employeeHealth: z.number(),
  employerSocial: z.number(),
  employerHealth: z.number(),
  taxRegime: z.enum(['withholding', 'advance']),
  taxDeclarationSigned: z.boolean(),
  taxCredit: z.number(),
  tax: z.number(),
  net: z.number(),
  /** Cash advances paid towards the month (standing receipts). */
  advances: z.number(),
  adjustments: z.array(payAdjustment),
  adjustmentsTotal: z.number(),
  /** net − advances + adjustments, to the haléř; negative when the month is over-advanced. */
  remainder: z.number(),
  /** What is handed over: cash rounded up to whole CZK, bank to the haléř; never below zero. */
  toPay: z.number(),
  /** By how much advances exceed what the month pays; shown, never deducted silently. */
  overAdvanced: z.number(),
  lines: z.array(payLineView),
  /** Figures changed since the last look (none before the first look); null when the client is new since then. */
  changes: z.array(payChange).nullable(),
  paid: paidMark.nullable(),
});
export type PayslipView = z.infer<typeof payslipView>;

export const payrollWarningCodes = [
  'thresholdAhead',
  'thresholdReached',
  'advancesAboveNet',
  'noTaxDeclaration',
  'taxDeclarationWithdrawn',
  'belowMinimumWage',
  'noValidAgreement',
  'declarationElsewhere',
] as const;
export type PayrollWarningCode = (typeof payrollWarningCodes)[number];

/** A warning of the run, translated, with the figures it names; a question asks, it does not refuse. */
export const payrollWarning = z.object({
  code: z.enum(payrollWarningCodes),
  kind: z.enum(['warning', 'question']),
  clientId: z.number(),
  clientName: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type PayrollWarning = z.infer<typeof payrollWarning>;

export const payrollTotals = z.object({
  clients: z.number(),
  minutes: z.number(),
  gross: z.number(),
  employeeSocial: z.number(),
  employeeHealth: z.number(),
  employerSocial: z.number(),
  employerHealth: z.number(),
  tax: z.number(),
  net: z.number(),
  advances: z.number(),
  adjustments: z.number(),
  toPay: z.number(),
  toPayCash: z.number(),
  toPayBank: z.number(),
  overAdvanced: z.number(),
  /** Clients marked paid (a closed month). */
  paidClients: z.number(),
});
export type PayrollTotals = z.infer<typeof payrollTotals>;

export const payrollMonth = z.object({
  month: z.string(),
  state: z.enum(payrollStates),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  /** The figures the month was computed with (those in force on its last day). */
  parameters: payParameters,
  payslips: z.array(payslipView),
  totals: payrollTotals,
  warnings: z.array(payrollWarning),
  /** When the coordinator last looked (markSeen); null before the first look. */
  seenAt: z.string().nullable(),
  /** Clients seen last time who are no longer in the run (their work records were removed). */
  goneSinceSeen: z.array(z.object({ clientId: z.number(), name: z.string() })),
});
export type PayrollMonth = z.infer<typeof payrollMonth>;

export const payrollMonthSummary = z.object({
  month: z.string(),
  state: z.enum(payrollStates),
  clients: z.number(),
  gross: z.number(),
  toPay: z.number(),
  paidClients: z.number(),
  /** A draft month without pay figures: it cannot be computed until they are entered. */
  missingParameters: z.boolean(),
});

const monthInput = z.strictObject({ month: isoMonth });
const clientOfMonth = z.strictObject({ month: isoMonth, clientId: id });
const signedMoney = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(-100_000_000, 'validation.tooSmall')
  .max(100_000_000, 'validation.tooBig')
  .refine((v) => v !== 0, 'validation.nonZeroAmount');

export const payrollMethods = {
  'payroll.month': method({
    summary:
      'The pay run of a month: every client who worked, gross to net, advances, the remainder, warnings and what changed since the last look. A closed month is served from its snapshot.',
    kind: 'read',
    input: monthInput,
    output: payrollMonth,
  }),
  'payroll.months': method({
    summary: 'Months with work or a pay run, newest first, with their state and totals.',
    kind: 'read',
    input: z.strictObject({}),
    output: z.array(payrollMonthSummary),
  }),
  'payroll.markSeen': method({
    summary: 'Remember the draft month’s figures as seen, so the next look shows what changed since.',
    kind: 'write',
    input: monthInput,
    output: z.object({ month: z.string(), seenAt: z.string() }),
  }),
  'payroll.close': method({
    summary:
      'Close the month: keep a snapshot of every payslip and lock the month’s attendance, work records and advances. Warnings need an explicit confirmation.',
    kind: 'write',
    input: z.strictObject({ month: isoMonth, confirmWarnings: z.boolean().default(false) }),
    output: payrollMonth,
  }),
  'payroll.markPaid': method({
    summary:
      'Mark a client of a closed month paid: in cash (a payday payout in the cash book, signed on the payday list) or by bank transfer on a date.',
    kind: 'write',
    input: clientOfMonth.extend({
      date: isoDate.optional(),
      /** The screen warned that the cash box goes below zero and the coordinator pays anyway. */
      allowNegative: z.boolean().default(false),
    }),
    output: payslipView,
  }),
  'payroll.unmarkPaid': method({
    summary: 'Take back a mistaken paid mark; a cash payout is cancelled in the cash book with the reason.',
    kind: 'write',
    input: clientOfMonth.extend({ reason: requiredText(200) }),
    output: payslipView,
  }),
  'payroll.addAdjustment': method({
    summary: 'Add a correction of a closed month to an open month, with its reason (signed amount on the net pay).',
    kind: 'write',
    input: clientOfMonth.extend({ sourceMonth: isoMonth, amount: signedMoney, reason: requiredText(300) }),
    output: payAdjustment,
  }),
  'payroll.removeAdjustment': method({
    summary: 'Remove a correction from a month that is still open.',
    kind: 'write',
    input: z.strictObject({ id }),
    output: z.object({ id: z.number() }),
  }),
};
