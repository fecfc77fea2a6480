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
    /**
     * Null: made for an indefinite period. The end in force: a signed amendment
     * that moves it writes it here too (the original stays in agreement_terms).
     */
    validTo: text('valid_to'),
    signedOn: text('signed_on'),
    /** Last day of an agreement ended early (notice, mutual agreement). */
    endedOn: text('ended_on'),
    endReason: text('end_reason', { enum: ['notice', 'mutual', 'expiry'] }),
    /** Who gave notice, and the day it was delivered (the notice period starts that day). */
    noticeBy: text('notice_by', { enum: ['employer', 'employee'] }),
    noticeDeliveredOn: text('notice_delivered_on'),
    /**
     * The coordinator confirmed the client finished compulsory schooling (Civil
     * Code § 35); asked for clients under 18 on the first day.
     */
    schoolingConfirmed: integer('schooling_confirmed', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('agreements_number_unique').on(t.number), index('agreements_client').on(t.clientId, t.validFrom)],
);

/**
 * The last agreement number given out in a year. Numbers are never reused, so a
 * deleted draft leaves a gap rather than two papers with the same number.
 */
export const agreementNumberCounters = sqliteTable('agreement_number_counters', {
  year: integer('year').primaryKey(),
  lastSeq: integer('last_seq').notNull(),
});

/**
 * A change of terms from a day (dodatek); its terms are a row of agreement_terms.
 * It takes effect only once signed.
 */
export const agreementAmendments = sqliteTable(
  'agreement_amendments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    /** 1, 2, … within the agreement ("Dodatek č. 1"). */
    seq: integer('seq').notNull(),
    status: text('status', { enum: ['draft', 'printed', 'signed'] }).notNull(),
    effectiveFrom: text('effective_from').notNull(),
    signedOn: text('signed_on'),
    /** Why it was made, e.g. "minimumWage" for the bulk action; free text otherwise. */
    reason: text('reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('agreement_amendments_seq').on(t.agreementId, t.seq)],
);

/**
 * The terms an agreement was made with (amendmentId null) and the whole set of
 * terms each amendment puts in force from its effective date. Money in haléře,
 * the advance share in basis points, the scope in minutes a week on average.
 */
export const agreementTerms = sqliteTable(
  'agreement_terms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    amendmentId: integer('amendment_id').references(() => agreementAmendments.id, { onDelete: 'cascade' }),
    /** The agreement's last day as these terms set it; null: open-ended. */
    validTo: text('valid_to'),
    workDescription: text('work_description').notNull(),
    workplace: text('workplace').notNull(),
    weeklyMinutes: integer('weekly_minutes').notNull(),
    hourlyRate: integer('hourly_rate').notNull(),
    advanceShareBp: integer('advance_share_bp').notNull(),
    /** Day of the month the remainder of pay is paid. */
    payday: integer('payday').notNull(),
    noticeDays: integer('notice_days').notNull(),
    /**
     * Days ahead the schedule is given, as agreed (Labour Code § 74(2): 3 days
     * unless agreed otherwise); agreements made before this term had the legal 3.
     */
    scheduleNoticeDays: integer('schedule_notice_days').notNull().default(3),
    noticeTerms: text('notice_terms').notNull(),
  },
  (t) => [
    index('agreement_terms_agreement').on(t.agreementId),
    uniqueIndex('agreement_terms_amendment').on(t.amendmentId),
  ],
);

/**
 * What was printed: the exact data object a template rendered, its language and
 * the moment, so a reprint years later is the same document.
 */
export const agreementDocuments = sqliteTable(
  'agreement_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    amendmentId: integer('amendment_id').references(() => agreementAmendments.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['agreement', 'information', 'amendment', 'notice'] }).notNull(),
    lang: text('lang', { enum: ['cs', 'en'] }).notNull(),
    printedAt: text('printed_at').notNull(),
    fileName: text('file_name').notNull(),
    /** JSON of the template's data. */
    data: text('data').notNull(),
  },
  (t) => [index('agreement_documents_agreement').on(t.agreementId, t.kind)],
);
