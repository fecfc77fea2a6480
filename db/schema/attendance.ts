import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agreements } from './agreements.js';
import { clients } from './clients.js';
import { bookings, shifts } from './schedule.js';

/** What happened when a booked client was expected at the desk. */
export const arrivalOutcomes = ['admitted', 'sentAway', 'noShow'] as const;

/** How the law sees a day's work: a public holiday first, then Saturday or Sunday (core/holidays decides). */
export const dayKinds = ['holiday', 'saturday', 'sunday', 'weekday'] as const;

/**
 * The outcome at the arrival desk, one row per booking (a walk-in gets its
 * booking first, through the sign-up rules). `arrivedAt` is a timestamp with
 * its UTC offset; null for a no-show. `fitness` is JSON: the fitness-to-work
 * items as they were asked that day, `[{ label, ok, note }]`, so a later
 * change of the setting does not rewrite what was checked.
 */
export const arrivals = sqliteTable(
  'arrivals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'restrict' }),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'restrict' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    outcome: text('outcome', { enum: arrivalOutcomes }).notNull(),
    arrivedAt: text('arrived_at'),
    /** Came after the shift's start plus the grace the setting allows. */
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    /** Came without a booking and took a free place at the desk. */
    walkIn: integer('walk_in', { mode: 'boolean' }).notNull().default(false),
    fitness: text('fitness').notNull().default('[]'),
    sentAwayReason: text('sent_away_reason'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    uniqueIndex('arrivals_booking').on(t.bookingId),
    index('arrivals_shift').on(t.shiftId),
    index('arrivals_client').on(t.clientId, t.outcome),
  ],
);

/**
 * What an admitted client did: the real start and end as local 'HH:MM' on
 * `workDate` (shifts run by day, so the end is after the start on the same
 * date), breaks, the tasks picked from the setting's list (JSON list of their
 * labels as shown) and free text. `minutes` is end − start − breaks after the
 * rounding setting: the figure pay reads. `dayKind` is fixed when the record
 * is made, from the holiday data of that day.
 */
export const workRecords = sqliteTable(
  'work_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    arrivalId: integer('arrival_id')
      .notNull()
      .references(() => arrivals.id, { onDelete: 'restrict' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'restrict' }),
    /** The agreement valid on the day, under which the work is paid. */
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'restrict' }),
    workDate: text('work_date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    breakMinutes: integer('break_minutes').notNull().default(0),
    tasks: text('tasks').notNull().default('[]'),
    taskNote: text('task_note'),
    minutes: integer('minutes').notNull(),
    dayKind: text('day_kind', { enum: dayKinds }).notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    uniqueIndex('work_records_arrival').on(t.arrivalId),
    index('work_records_client').on(t.clientId, t.workDate),
    index('work_records_date').on(t.workDate),
  ],
);

/**
 * Changes to a work record made after its day: the reason, the record before
 * and after (JSON of the changed record's fields), who and when.
 */
export const workRecordChanges = sqliteTable(
  'work_record_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workRecordId: integer('work_record_id')
      .notNull()
      .references(() => workRecords.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    before: text('before').notNull(),
    after: text('after').notNull(),
    changedAt: text('changed_at').notNull(),
    changedBy: text('changed_by').notNull(),
  },
  (t) => [index('work_record_changes_record').on(t.workRecordId)],
);
