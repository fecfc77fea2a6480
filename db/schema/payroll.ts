import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cashReceipts } from './cash.js';
import { clients } from './clients.js';

/**
 * A closed pay month ('YYYY-MM'). A month without a row is a draft and is
 * computed afresh on every look; a closed one is served from its payslips and
 * never changes. `parameters` and `warnings` are JSON: the pay figures the
 * month was computed with and the warnings confirmed when it was closed.
 */
export const payrollMonths = sqliteTable('payroll_months', {
  month: text('month').primaryKey(),
  parameters: text('parameters').notNull(),
  warnings: text('warnings').notNull(),
  closedAt: text('closed_at').notNull(),
  closedBy: text('closed_by').notNull(),
});

/**
 * A client's payslip of a closed month: `data` is the whole payslip as shown
 * (JSON: name and ids, shifts, every line with its basis and law, advances,
 * corrections, the remainder), so a reprint years later is the same paper.
 * The figures in columns are the ones payday and the month list add up.
 */
export const payslips = sqliteTable(
  'payslips',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month')
      .notNull()
      .references(() => payrollMonths.month, { onDelete: 'restrict' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    paymentMethod: text('payment_method', { enum: ['cash', 'bank'] }).notNull(),
    gross: integer('gross').notNull(),
    net: integer('net').notNull(),
    toPay: integer('to_pay').notNull(),
    data: text('data').notNull(),
  },
  (t) => [uniqueIndex('payslips_month_client').on(t.month, t.clientId)],
);

/**
 * What the coordinator last saw of a draft month, per client (JSON of the
 * figures compared), so the next look can say what changed since.
 */
export const payrollSeen = sqliteTable(
  'payroll_seen',
  {
    month: text('month').notNull(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    figures: text('figures').notNull(),
    seenAt: text('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.clientId] })],
);

/**
 * A correction of a closed month (`sourceMonth`) paid with, or deducted from,
 * a later month's remainder: a signed amount in haléře on the net pay, with
 * its reason. Removable only while its month is open.
 */
export const payrollAdjustments = sqliteTable(
  'payroll_adjustments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    sourceMonth: text('source_month').notNull(),
    amount: integer('amount').notNull(),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('payroll_adjustments_month').on(t.month, t.clientId)],
);

/**
 * A payslip's remainder handed over on payday: in cash (the payout's receipt
 * in the cash book, signed for on the payday list) or by bank transfer. A
 * mistaken mark is undone, never deleted: it keeps who undid it and why.
 */
export const payrollPayments = sqliteTable(
  'payroll_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    payslipId: integer('payslip_id')
      .notNull()
      .references(() => payslips.id, { onDelete: 'restrict' }),
    method: text('method', { enum: ['cash', 'bank'] }).notNull(),
    date: text('date').notNull(),
    amount: integer('amount').notNull(),
    receiptId: integer('receipt_id').references(() => cashReceipts.id, { onDelete: 'restrict' }),
    markedAt: text('marked_at').notNull(),
    markedBy: text('marked_by').notNull(),
    undoneAt: text('undone_at'),
    undoneBy: text('undone_by'),
    undoReason: text('undo_reason'),
  },
  (t) => [
    // One standing mark per payslip.
    uniqueIndex('payroll_payments_standing')
      .on(t.payslipId)
      .where(sql`undone_at IS NULL`),
  ],
);
