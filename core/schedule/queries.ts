import { and, asc, count, eq, gte, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { bookings, clients, clientSuspensions, shifts, waitingEntries } from '../../db/schema/index.js';
import type { NoticeView } from '../contract/schedule-views.js';
import { chronological } from '../../db/timestamps.js';
import type { Ctx } from '../api/context.js';
import { constant, inJsonList, jsonList, preparedForIds, preparedPerConnection } from '../api/statements.js';
import { clientPersonColumns } from '../clients/index.js';
import { periodCoversSql } from '../periods/index.js';

/**
 * The reads and writes of the week board, a booking and the waiting list:
 * they run on every screen refresh and every click, so each is a drizzle
 * query prepared once per connection, with placeholders for its values and a
 * JSON array for its lists of ids. Colder paths build their queries in place.
 */

const p = sql.placeholder;
const standing = eq(bookings.status, constant('booked'));
const person = clientPersonColumns;

const queries = preparedPerConnection((db) => ({
  client: db
    .select({ ...person, active: clients.active })
    .from(clients)
    .where(eq(clients.id, p('clientId')))
    .prepare(),
  suspensionsBetween: db
    .select({
      clientId: clientSuspensions.clientId,
      fromDate: clientSuspensions.fromDate,
      toDate: clientSuspensions.toDate,
    })
    .from(clientSuspensions)
    .where(
      and(
        inJsonList(clientSuspensions.clientId, 'clientIds'),
        lte(clientSuspensions.fromDate, p('to')),
        or(isNull(clientSuspensions.toDate), gte(clientSuspensions.toDate, p('from'))),
      ),
    )
    .prepare(),
  bookedCount: db
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.shiftId, p('shiftId')), standing))
    .prepare(),
  insertBooking: db
    .insert(bookings)
    .values({
      shiftId: p('shiftId'),
      clientId: p('clientId'),
      status: 'booked',
      bookedAt: p('at'),
      bookedBy: p('by'),
      overrideReason: p('overrideReason'),
      fromWaitingId: p('fromWaitingId'),
      tellKind: p('tellKind'),
    })
    .returning({ id: bookings.id })
    .prepare(),
  settleWaiting: db
    .update(waitingEntries)
    .set({ status: 'booked', resolvedAt: sql`${p('at')}`, resolvedBy: sql`${p('by')}` })
    .where(
      and(
        eq(waitingEntries.shiftId, p('shiftId')),
        eq(waitingEntries.clientId, p('clientId')),
        eq(waitingEntries.status, constant('waiting')),
      ),
    )
    .prepare(),
  waiting: db
    .select({
      id: waitingEntries.id,
      position: waitingEntries.position,
      createdAt: waitingEntries.createdAt,
      overrideReason: waitingEntries.overrideReason,
      ...person,
      active: clients.active,
    })
    .from(waitingEntries)
    .innerJoin(clients, eq(clients.id, waitingEntries.clientId))
    .where(and(eq(waitingEntries.shiftId, p('shiftId')), eq(waitingEntries.status, constant('waiting'))))
    .orderBy(asc(waitingEntries.position))
    .prepare(),
  standingOnShifts: db
    .select({
      id: bookings.id,
      shiftId: bookings.shiftId,
      bookedAt: bookings.bookedAt,
      bookedBy: bookings.bookedBy,
      overrideReason: bookings.overrideReason,
      fromWaitingId: bookings.fromWaitingId,
      ...person,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(and(inJsonList(bookings.shiftId, 'shiftIds'), standing))
    // booked_at carries its UTC offset, so it is ordered as a moment, not as text.
    .orderBy(chronological(bookings.bookedAt), asc(bookings.id))
    .prepare(),
  // The conditions match the partial index bookings_to_tell.
  notices: db
    .select({
      bookingId: bookings.id,
      kind: sql<NoticeView['kind']>`${bookings.tellKind}`,
      ...person,
      shiftId: shifts.id,
      date: shifts.date,
      start: shifts.startTime,
      end: shifts.endTime,
      place: shifts.place,
    })
    .from(bookings)
    .innerJoin(shifts, eq(shifts.id, bookings.shiftId))
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(
      and(
        isNotNull(bookings.tellKind),
        isNull(bookings.toldAt),
        gte(shifts.date, p('from')),
        or(
          and(eq(bookings.tellKind, constant('shiftCancelled')), eq(bookings.status, constant('cancelled'))),
          and(ne(bookings.tellKind, constant('shiftCancelled')), standing),
        ),
      ),
    )
    .orderBy(asc(shifts.date), asc(shifts.startTime), asc(bookings.id))
    .prepare(),
}));

const suspensionsCovering = preparedForIds((db, idIn) =>
  db
    .select({
      clientId: clientSuspensions.clientId,
      fromDate: clientSuspensions.fromDate,
      toDate: clientSuspensions.toDate,
    })
    .from(clientSuspensions)
    .where(
      and(
        idIn(clientSuspensions.clientId),
        periodCoversSql({ from: clientSuspensions.fromDate, to: clientSuspensions.toDate }, p('day')),
      ),
    )
    .orderBy(asc(clientSuspensions.fromDate))
    .prepare(),
);

const standingInRange = preparedForIds((db, idIn) =>
  db
    .select({
      clientId: bookings.clientId,
      bookingId: bookings.id,
      shiftId: bookings.shiftId,
      date: shifts.date,
      startTime: shifts.startTime,
    })
    .from(bookings)
    .innerJoin(shifts, eq(shifts.id, bookings.shiftId))
    .where(
      and(
        idIn(bookings.clientId),
        standing,
        gte(shifts.date, p('from')),
        lte(shifts.date, p('to')),
        ne(bookings.id, p('excludeId')),
      ),
    )
    .orderBy(asc(shifts.date))
    .prepare(),
);

export interface PersonRow {
  clientId: number;
  code: string;
  firstName: string;
  lastName: string;
  nickname: string | null;
}

export function clientRow(ctx: Ctx, clientId: number) {
  return queries(ctx.db).client.get({ clientId });
}

/** Suspensions of these clients covering a day, earliest first. */
export function suspensionsOn(ctx: Ctx, clientIds: readonly number[], day: string) {
  const { query, ids } = suspensionsCovering(ctx.db, clientIds);
  return query.all({ ids, day });
}

/** Suspensions of these clients touching the days from `from` to `to`. */
export function suspensionsBetween(ctx: Ctx, clientIds: readonly number[], from: string, to: string) {
  if (clientIds.length === 0) return [];
  return queries(ctx.db).suspensionsBetween.all({ clientIds: jsonList(clientIds), from, to });
}

/** These clients' standing bookings between two days (both included), leaving one booking out (0: none). */
export function standingBetween(ctx: Ctx, clientIds: readonly number[], from: string, to: string, excludeId = 0) {
  const { query, ids } = standingInRange(ctx.db, clientIds);
  return query.all({ ids, from, to, excludeId });
}

export function bookedCount(ctx: Ctx, shiftId: number): number {
  return queries(ctx.db).bookedCount.get({ shiftId })?.n ?? 0;
}

export function insertBookingRow(
  ctx: Ctx,
  row: {
    shiftId: number;
    clientId: number;
    overrideReason: string | null;
    fromWaitingId: number | null;
    tellKind: 'promoted' | null;
  },
): number {
  const inserted = queries(ctx.db).insertBooking.get({ ...row, at: ctx.timestamp(), by: ctx.actor });
  if (!inserted) throw new Error('The booking was not written');
  return inserted.id;
}

/** A waiting entry of the client on the shift is settled by their booking. */
export function settleWaiting(ctx: Ctx, shiftId: number, clientId: number): void {
  queries(ctx.db).settleWaiting.run({ at: ctx.timestamp(), by: ctx.actor, shiftId, clientId });
}

export type WaitingRow = ReturnType<typeof waitingOn>[number];

/** The shift's waiting entries in the order they came, with whether each client is in the programme. */
export function waitingOn(ctx: Ctx, shiftId: number) {
  return queries(ctx.db).waiting.all({ shiftId });
}

export type BoardBookingRow = ReturnType<typeof standingOnShifts>[number];

export function standingOnShifts(ctx: Ctx, shiftIds: readonly number[]) {
  if (shiftIds.length === 0) return [];
  return queries(ctx.db).standingOnShifts.all({ shiftIds: jsonList(shiftIds) });
}

/** Changes still to be passed on, for shifts from a day on. */
export function noticesFrom(ctx: Ctx, day: string): NoticeView[] {
  return queries(ctx.db).notices.all({ from: day });
}
