import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients.js';

/**
 * The recurring weekly shifts (e.g. Mon, Wed, Fri 9:00–12:00, 4 places). A
 * change is a new row from a date on, with the old row ended the day before,
 * so what the pattern said for a past week stays as it was. Times are local
 * 'HH:MM'; weekday is ISO (Monday = 1).
 */
export const shiftPatterns = sqliteTable(
  'shift_patterns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    weekday: integer('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    places: integer('places').notNull(),
    /** Place of work, printed on the sheet. */
    place: text('place').notNull(),
    /** What is usually done; each shift can say otherwise. */
    task: text('task'),
    validFrom: text('valid_from').notNull(),
    /** Null: until further notice. */
    validTo: text('valid_to'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('shift_patterns_valid').on(t.validFrom)],
);

/**
 * A concrete shift on a date. Rows are created from the pattern when a week is
 * first written to (a booking, a cancelled shift, an extra shift); until then
 * the week board shows the pattern. `patternId` is null for an extra shift.
 */
export const shifts = sqliteTable(
  'shifts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    places: integer('places').notNull(),
    place: text('place').notNull(),
    task: text('task'),
    patternId: integer('pattern_id').references(() => shiftPatterns.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ['open', 'cancelled'] })
      .notNull()
      .default('open'),
    cancelReason: text('cancel_reason'),
    cancelledAt: text('cancelled_at'),
    cancelledBy: text('cancelled_by'),
    /** A pattern shift on a public holiday stays closed to sign-up until the coordinator opens it. */
    openedOnHoliday: integer('opened_on_holiday', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('shifts_date').on(t.date, t.startTime), uniqueIndex('shifts_pattern_date').on(t.patternId, t.date)],
);

/** Why a booking was cancelled; the first three are chosen by the coordinator. */
export const cancelKinds = ['inTime', 'excused', 'removed', 'deactivated', 'suspended', 'undone'] as const;

/**
 * Who signed up for a shift. Rows are never deleted: a cancelled or moved
 * booking stays as history. `tellKind` marks a change the client has not
 * heard of yet (moved up from the waiting list; the shift cancelled, back on,
 * or moved in time or place) until the coordinator confirms it was passed on
 * (`toldAt`).
 */
export const bookings = sqliteTable(
  'bookings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'restrict' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ['booked', 'cancelled', 'moved'] })
      .notNull()
      .default('booked'),
    bookedAt: text('booked_at').notNull(),
    bookedBy: text('booked_by').notNull(),
    /** Written reason for going over the weekly limit; who and when are bookedBy/bookedAt. */
    overrideReason: text('override_reason'),
    /** The waiting-list entry this booking came from, if any. */
    fromWaitingId: integer('from_waiting_id'),
    cancelledAt: text('cancelled_at'),
    cancelledBy: text('cancelled_by'),
    cancelReason: text('cancel_reason'),
    /**
     * Why it was cancelled: by the client in time, excused, removed by the
     * coordinator; released because the client left the programme or was
     * suspended; or a move up from the waiting list taken back by an undo.
     */
    cancelKind: text('cancel_kind', { enum: cancelKinds }),
    /** The suspension that released this booking, so removing it can bring the booking back. */
    suspensionId: integer('suspension_id'),
    /** On a booking moved up from the waiting list: the cancelled booking whose place it took. */
    freedById: integer('freed_by_id'),
    /** Set on a booking cancelled because its shift was cancelled, so restoring the shift restores it. */
    cancelledWithShift: integer('cancelled_with_shift', { mode: 'boolean' }).notNull().default(false),
    movedToId: integer('moved_to_id'),
    tellKind: text('tell_kind', { enum: ['promoted', 'shiftCancelled', 'shiftRestored', 'shiftChanged'] }),
    toldAt: text('told_at'),
  },
  (t) => [
    index('bookings_shift').on(t.shiftId, t.status),
    index('bookings_client').on(t.clientId, t.status),
    uniqueIndex('bookings_one_per_shift')
      .on(t.shiftId, t.clientId)
      .where(sql`status = 'booked'`),
    index('bookings_to_tell')
      .on(t.shiftId)
      .where(sql`tell_kind IS NOT NULL AND told_at IS NULL`),
  ],
);

/**
 * The waiting list of a full shift, in order of `position` (first come). The
 * board puts clients who have not worked lately first when fairness is on.
 */
export const waitingEntries = sqliteTable(
  'waiting_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'restrict' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    status: text('status', { enum: ['waiting', 'booked', 'removed'] })
      .notNull()
      .default('waiting'),
    overrideReason: text('override_reason'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
    /** Set when the entry was removed because its shift was cancelled. */
    removedWithShift: integer('removed_with_shift', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('waiting_shift').on(t.shiftId, t.status, t.position),
    uniqueIndex('waiting_one_per_shift')
      .on(t.shiftId, t.clientId)
      .where(sql`status = 'waiting'`),
  ],
);
