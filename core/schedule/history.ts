import { alias } from 'drizzle-orm/sqlite-core';
import { desc, eq } from 'drizzle-orm';
import { bookings, shifts, waitingEntries } from '../../db/schema/index.js';
import type { ClientHistory, HistoryBooking } from '../contract/schedule-history.js';
import type { Ctx } from '../api/context.js';
import { loadClientFacts } from './rules.js';
import { hasStarted } from './shifts.js';

const movedTo = alias(bookings, 'moved_to');
const movedToShift = alias(shifts, 'moved_to_shift');

/** One client's sign-up sheet as the client page shows it: coming shifts, every booking, every waiting entry. */
export function clientHistory(ctx: Ctx, clientId: number): ClientHistory {
  loadClientFacts(ctx, clientId);
  const rows = ctx.db
    .select({
      bookingId: bookings.id,
      shiftId: shifts.id,
      date: shifts.date,
      start: shifts.startTime,
      end: shifts.endTime,
      place: shifts.place,
      shiftStatus: shifts.status,
      status: bookings.status,
      bookedAt: bookings.bookedAt,
      fromWaitingId: bookings.fromWaitingId,
      cancelledAt: bookings.cancelledAt,
      cancelKind: bookings.cancelKind,
      cancelReason: bookings.cancelReason,
      movedDate: movedToShift.date,
      movedStart: movedToShift.startTime,
    })
    .from(bookings)
    .innerJoin(shifts, eq(shifts.id, bookings.shiftId))
    .leftJoin(movedTo, eq(movedTo.id, bookings.movedToId))
    .leftJoin(movedToShift, eq(movedToShift.id, movedTo.shiftId))
    .where(eq(bookings.clientId, clientId))
    .orderBy(desc(shifts.date), desc(shifts.startTime), desc(bookings.id))
    .all();
  const history = rows.map(({ shiftStatus, fromWaitingId, movedDate, movedStart, ...row }): HistoryBooking => ({
    ...row,
    shiftCancelled: shiftStatus === 'cancelled',
    fromWaitingList: fromWaitingId !== null,
    movedTo: movedDate !== null && movedStart !== null ? { date: movedDate, start: movedStart } : null,
  }));
  const coming = history
    .filter((b) => b.status === 'booked' && !b.shiftCancelled && !hasStarted(ctx, { date: b.date, startTime: b.start }))
    .reverse();
  const waiting = ctx.db
    .select({
      entryId: waitingEntries.id,
      shiftId: shifts.id,
      date: shifts.date,
      start: shifts.startTime,
      end: shifts.endTime,
      place: shifts.place,
      status: waitingEntries.status,
      position: waitingEntries.position,
      createdAt: waitingEntries.createdAt,
    })
    .from(waitingEntries)
    .innerJoin(shifts, eq(shifts.id, waitingEntries.shiftId))
    .where(eq(waitingEntries.clientId, clientId))
    .orderBy(desc(shifts.date), desc(shifts.startTime), desc(waitingEntries.id))
    .all();
  return { coming, bookings: history, waiting };
}
