import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients.js';

/**
 * A work agreement (DPČ now, DPP possible later) between the organisation and a
 * client. An agreement is valid on a day when it is signed (or ended after
 * that day) and the day lies between validFrom and the earlier of validTo and
 * endedOn. core/agreements/validity.ts is the one place that says so in SQL.
 */
export const agreements = sqliteTable(
  'agreements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['dpc', 'dpp'] })
      .notNull()
      .default('dpc'),
    /** Sequential per year, e.g. 2026/014. */
    number: text('number').notNull(),
    status: text('status', { enum: ['draft', 'printed', 'signed', 'ended'] }).notNull(),
    validFrom: text('valid_from').notNull(),
    /** Null: made for an indefinite period. */
    validTo: text('valid_to'),
    signedOn: text('signed_on'),
    /** Last day of an agreement ended early (notice, mutual agreement). */
    endedOn: text('ended_on'),
    endReason: text('end_reason', { enum: ['notice', 'mutual', 'expiry'] }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('agreements_number_unique').on(t.number), index('agreements_client').on(t.clientId, t.validFrom)],
);
