import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The kinds of records the law makes an employer keep after a client has left. */
export const retainedRecordKinds = ['payroll', 'accounting'] as const;

/**
 * How long the law keeps a kind of record, counted from the end of the
 * calendar year the record is about, with the law's citation and the period in
 * which that rule applies (law as data, like `pay_parameters`). An
 * anonymisation keeps a record while the rule in force on its day says so.
 */
export const retentionRules = sqliteTable('retention_rules', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: retainedRecordKinds }).notNull(),
  years: integer('years').notNull(),
  citation: text('citation').notNull(),
  validFrom: text('valid_from').notNull(),
  validTo: text('valid_to'),
});
