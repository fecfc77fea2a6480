import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { workRecords } from './attendance.js';
import { clients } from './clients.js';

export const cashEntryKinds = ['opening', 'topUp', 'advance', 'payday', 'cancellation'] as const;

/** What a payout was for; the payday payout comes with the monthly settlement. */
export const payoutKinds = ['advance', 'payday'] as const;

/**
 * The cash book: every movement of money in or out of the cash box, in
 * haléře, signed (a payout is negative). Rows are never changed or deleted: a
 * wrong payout is put right by a `cancellation` entry that adds the amount
 * back. The balance is not stored: it is the running sum in date order
 * (core/cash/book.ts), so it can never disagree with the entries.
 */
export const cashEntries = sqliteTable(
  'cash_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    date: text('date').notNull(),
    kind: text('kind', { enum: cashEntryKinds }).notNull(),
    amount: integer('amount').notNull(),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'restrict' }),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('cash_entries_date').on(t.date)],
);

/**
 * A cash payment receipt (výdajový pokladní doklad), one per payout entry.
 * Numbered per calendar year of its date (`V-2026-0001`) without gaps. A
 * mistake is cancelled with a reason (the cancellation entry puts the money
 * back in the book) and a new receipt is issued; both stay. `data` keeps what
 * was printed, so a reprint is the same paper. `kind` and `sourceId` say what
 * the payout settles (an advance: its work record), `payMonth` the month of
 * pay it is paid towards; the purpose printed is worded from them.
 */
export const cashReceipts = sqliteTable(
  'cash_receipts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    date: text('date').notNull(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    amount: integer('amount').notNull(),
    kind: text('kind', { enum: payoutKinds }).notNull(),
    payMonth: text('pay_month').notNull(),
    /** The day of the work an advance is paid for. */
    workDate: text('work_date'),
    note: text('note'),
    sourceId: integer('source_id'),
    entryId: integer('entry_id')
      .notNull()
      .references(() => cashEntries.id, { onDelete: 'restrict' }),
    data: text('data').notNull(),
    replacesId: integer('replaces_id'),
    cancelledAt: text('cancelled_at'),
    cancelledBy: text('cancelled_by'),
    cancelReason: text('cancel_reason'),
    cancelEntryId: integer('cancel_entry_id').references(() => cashEntries.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('cash_receipts_number').on(t.year, t.seq),
    uniqueIndex('cash_receipts_entry').on(t.entryId),
    index('cash_receipts_client_month').on(t.clientId, t.payMonth),
    // One standing payout per thing it settles: one advance per work record.
    uniqueIndex('cash_receipts_source')
      .on(t.kind, t.sourceId)
      .where(sql`cancelled_at IS NULL AND source_id IS NOT NULL`),
  ],
);

/**
 * An advance the client did not want after a shift (one per work record). A
 * paid advance is its standing receipt (`cash_receipts` of kind `advance`
 * with the work record as source); an undecided one is neither.
 */
export const advanceDeclines = sqliteTable('advance_declines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workRecordId: integer('work_record_id')
    .notNull()
    .unique()
    .references(() => workRecords.id, { onDelete: 'restrict' }),
  clientId: integer('client_id')
    .notNull()
    .references(() => clients.id, { onDelete: 'restrict' }),
  reason: text('reason'),
  declinedAt: text('declined_at').notNull(),
  declinedBy: text('declined_by').notNull(),
});
