import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import { arrivals, bookings, shifts } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { constant } from '../api/statements.js';

/**
 * Shifts booked and not yet attended: standing bookings on shifts that are on,
 * from one day to another (both included), with no outcome at the desk yet.
 * Pay reads them to see a month coming before it is worked.
 */
export function bookedAhead(
  ctx: Ctx,
  from: string,
  to: string,
): { clientId: number; date: string; startTime: string; endTime: string }[] {
  return ctx.db
    .select({ clientId: bookings.clientId, date: shifts.date, startTime: shifts.startTime, endTime: shifts.endTime })
    .from(bookings)
    .innerJoin(shifts, eq(shifts.id, bookings.shiftId))
    .leftJoin(arrivals, eq(arrivals.bookingId, bookings.id))
    .where(
      and(
        eq(bookings.status, constant('booked')),
        eq(shifts.status, constant('open')),
        isNull(arrivals.id),
        gte(shifts.date, from),
        lte(shifts.date, to),
      ),
    )
    .orderBy(asc(shifts.date))
    .all();
}
