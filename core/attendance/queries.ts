import { and, asc, eq, isNotNull, or, sql } from 'drizzle-orm';
import { agreements, arrivals, bookings, clients, shifts, workRecords } from '../../db/schema/index.js';
import { chronological } from '../../db/timestamps.js';
import { constant, inJsonList, jsonList, preparedPerConnection } from '../api/statements.js';
import type { Ctx } from '../api/context.js';
import { validOnSql } from '../agreements/index.js';
import { clientPersonColumns } from '../clients/index.js';
import type { ArrivalRow } from './rows.js';

/**
 * The reads of the arrival desk: the day's list is opened and refreshed after
 * every click, so its queries are prepared once per connection.
 */

const p = sql.placeholder;

const queries = preparedPerConnection((db) => ({
  /** Standing bookings of the shifts, and any booking that already has an outcome, in order of booking. */
  onShifts: db
    .select({
      bookingId: bookings.id,
      shiftId: bookings.shiftId,
      bookingStatus: bookings.status,
      ...clientPersonColumns,
      birthDate: clients.birthDate,
      arrival: arrivals,
      workRecord: workRecords,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .leftJoin(arrivals, eq(arrivals.bookingId, bookings.id))
    .leftJoin(workRecords, eq(workRecords.arrivalId, arrivals.id))
    .where(
      and(
        inJsonList(bookings.shiftId, 'shiftIds'),
        or(eq(bookings.status, constant('booked')), isNotNull(arrivals.id)),
      ),
    )
    .orderBy(asc(bookings.shiftId), asc(chronological(bookings.bookedAt)), asc(bookings.id))
    .prepare(),
  agreementsOn: db
    .select({ clientId: agreements.clientId, agreementId: agreements.id })
    .from(agreements)
    .where(and(inJsonList(agreements.clientId, 'clientIds'), validOnSql(p('day'))))
    .orderBy(asc(agreements.id))
    .prepare(),
  /** A booking with its shift, client and outcome: what recording an arrival checks. */
  booking: db
    .select({
      booking: { id: bookings.id, status: bookings.status },
      shift: { id: shifts.id, date: shifts.date, startTime: shifts.startTime, status: shifts.status },
      ...clientPersonColumns,
      birthDate: clients.birthDate,
      arrivalId: arrivals.id,
    })
    .from(bookings)
    .innerJoin(shifts, eq(shifts.id, bookings.shiftId))
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .leftJoin(arrivals, eq(arrivals.bookingId, bookings.id))
    .where(eq(bookings.id, p('bookingId')))
    .prepare(),
  insertArrival: db
    .insert(arrivals)
    .values({
      bookingId: p('bookingId'),
      shiftId: p('shiftId'),
      clientId: p('clientId'),
      outcome: p('outcome'),
      arrivedAt: p('arrivedAt'),
      late: p('late'),
      walkIn: p('walkIn'),
      fitness: p('fitness'),
      sentAwayReason: p('sentAwayReason'),
      recordedAt: p('recordedAt'),
      recordedBy: p('recordedBy'),
    })
    .prepare(),
}));

export type DeskRow = ReturnType<ReturnType<typeof queries>['onShifts']['all']>[number];
export type BookingFacts = NonNullable<ReturnType<ReturnType<typeof queries>['booking']['get']>>;

export function clientsOnShifts(ctx: Ctx, shiftIds: readonly number[]): DeskRow[] {
  if (shiftIds.length === 0) return [];
  return queries(ctx.db).onShifts.all({ shiftIds: jsonList(shiftIds) });
}

/** The agreement each of these clients has valid on a day (the lowest id if ever two). */
export function agreementsOn(ctx: Ctx, clientIds: readonly number[], day: string): Map<number, number> {
  const found = new Map<number, number>();
  if (clientIds.length === 0) return found;
  for (const row of queries(ctx.db).agreementsOn.all({ clientIds: jsonList(clientIds), day })) {
    if (!found.has(row.clientId)) found.set(row.clientId, row.agreementId);
  }
  return found;
}

export function bookingFacts(ctx: Ctx, bookingId: number): BookingFacts | undefined {
  return queries(ctx.db).booking.get({ bookingId });
}

/**
 * Every arrival at the desk writes one row: the insert is prepared once, and
 * the row is answered from what was written rather than read back.
 */
export function insertArrival(ctx: Ctx, values: Omit<ArrivalRow, 'id'>): ArrivalRow {
  const { lastInsertRowid } = queries(ctx.db).insertArrival.run(values);
  return { id: Number(lastInsertRowid), ...values };
}
