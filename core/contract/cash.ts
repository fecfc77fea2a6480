import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './fields.js';
import { locales } from './i18n.js';
import { documentMethod, method } from './method.js';

/** A calendar month, 'YYYY-MM'. */
export const isoMonth = z.string({ error: 'validation.required' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');

const printLang = z.enum(locales, { error: 'validation.invalidOption' }).optional();

/** Money put into the cash box, haléře: a top-up is more than nothing. */
const positiveMoney = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(1, 'validation.positiveAmount')
  .max(100_000_000, 'validation.tooBig');

/** What the cash box held when the book was started; may be nothing. */
const openingMoney = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(0, 'validation.notNegative')
  .max(100_000_000, 'validation.tooBig');

export const cashEntryKinds = ['opening', 'topUp', 'advance', 'payday', 'cancellation'] as const;
export type CashEntryKind = (typeof cashEntryKinds)[number];

export const receiptView = z.object({
  id: z.number(),
  number: z.string(),
  date: z.string(),
  clientId: z.number(),
  clientName: z.string(),
  amount: z.number(),
  kind: z.enum(['advance', 'payday']),
  /** The month of pay it is paid towards, 'YYYY-MM'. */
  payMonth: z.string(),
  /** An advance: the day of the work it is paid for. */
  workDate: z.string().nullable(),
  note: z.string().nullable(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  /** The receipt this one was issued in place of. */
  replacesNumber: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type ReceiptView = z.infer<typeof receiptView>;

export const cashEntryView = z.object({
  id: z.number(),
  date: z.string(),
  kind: z.enum(cashEntryKinds),
  /** Signed haléře: a payout is negative. */
  amount: z.number(),
  /** The balance right after this entry, in the book's order (date, then entry). */
  balance: z.number(),
  clientId: z.number().nullable(),
  clientName: z.string().nullable(),
  receiptId: z.number().nullable(),
  receiptNumber: z.string().nullable(),
  receiptCancelled: z.boolean(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type CashEntryView = z.infer<typeof cashEntryView>;

export const cashBook = z.object({
  from: z.string(),
  to: z.string(),
  /** The balance before the first day of the range. */
  openingBalance: z.number(),
  closingBalance: z.number(),
  received: z.number(),
  paidOut: z.number(),
  entries: z.array(cashEntryView),
  /** The balance after every entry so far, today included. */
  currentBalance: z.number(),
  /** Whether the opening balance has been entered (the book starts with it). */
  started: z.boolean(),
});
export type CashBook = z.infer<typeof cashBook>;

export const cashRange = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'validation.endBeforeStart' });

export const openingBalanceInput = z.strictObject({
  date: isoDate,
  amount: openingMoney,
  note: optionalText(200),
});

export const topUpInput = z.strictObject({
  date: isoDate,
  amount: positiveMoney,
  note: optionalText(200),
});

export const cancelReceiptInput = z.strictObject({
  id,
  reason: requiredText(200),
});

export const cashMethods = {
  'cash.book': method({
    summary: 'The cash book of a range of days: each entry with the balance after it.',
    kind: 'read',
    input: cashRange,
    output: cashBook,
  }),
  'cash.setOpeningBalance': method({
    summary: 'Start the cash book with what the cash box holds (once, before any other entry).',
    kind: 'write',
    input: openingBalanceInput,
    output: cashEntryView,
  }),
  'cash.topUp': method({
    summary: 'Record cash brought from the bank into the cash box.',
    kind: 'write',
    input: topUpInput,
    output: cashEntryView,
  }),
  'cash.receipt': method({
    summary: 'One cash payment receipt.',
    kind: 'read',
    input: z.strictObject({ id }),
    output: receiptView,
  }),
  'cash.cancelReceipt': method({
    summary: 'Cancel a receipt issued by mistake, with the reason; the money goes back into the book.',
    kind: 'write',
    input: cancelReceiptInput,
    output: receiptView,
  }),
  'cash.printReceipt': documentMethod({
    summary: 'Print a cash payment receipt (a cancelled one prints marked as cancelled).',
    kind: 'document',
    input: z.strictObject({ id, lang: printLang }),
  }),
  'cash.printDay': documentMethod({
    summary: 'Print the cash book of one day for the accountant.',
    kind: 'document',
    input: z.strictObject({ date: isoDate, lang: printLang }),
  }),
  'cash.printMonth': documentMethod({
    summary: 'Print the cash book of one month for the accountant.',
    kind: 'document',
    input: z.strictObject({ month: isoMonth, lang: printLang }),
  }),
};
