/**
 * What the cash documents print. A receipt keeps its data from the moment it
 * was issued (cash_receipts.data), raw (ISO dates, haléře), so a reprint in
 * either language is the same paper; whether it was cancelled is added when
 * printing, since that can happen later.
 */
import { z } from 'zod';
import { cashEntryKinds } from '../../contract/cash.js';

export const receiptDataSchema = z.object({
  number: z.string(),
  date: z.string(),
  amount: z.number().int(),
  kind: z.enum(['advance', 'payday']),
  payMonth: z.string(),
  workDate: z.string().nullable(),
  note: z.string().nullable(),
  employer: z.object({ name: z.string(), address: z.array(z.string()), ico: z.string() }),
  /** Only what identifies the recipient: no birth number, no notes. */
  client: z.object({
    firstName: z.string(),
    lastName: z.string(),
    code: z.string(),
    birthDate: z.string(),
    address: z.string().nullable(),
  }),
  /** Who paid out (the coordinator's name as the app records it). */
  payer: z.string(),
});
export type ReceiptData = z.infer<typeof receiptDataSchema>;

export const receiptPrintSchema = z.object({
  receipt: receiptDataSchema,
  cancelled: z.object({ reason: z.string(), at: z.string() }).nullable(),
  replacesNumber: z.string().nullable(),
});
export type ReceiptPrint = z.infer<typeof receiptPrintSchema>;

export const bookPrintSchema = z.object({
  period: z.enum(['day', 'month']),
  from: z.string(),
  to: z.string(),
  organisation: z.string().nullable(),
  openingBalance: z.number(),
  closingBalance: z.number(),
  received: z.number(),
  paidOut: z.number(),
  entries: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(cashEntryKinds),
      amount: z.number(),
      balance: z.number(),
      clientName: z.string().nullable(),
      receiptNumber: z.string().nullable(),
      receiptCancelled: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
});
export type BookPrint = z.infer<typeof bookPrintSchema>;

export const cashTemplateNames = { receipt: 'cash.receipt', book: 'cash.book' } as const;
