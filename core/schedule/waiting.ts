import { and, asc, eq, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { bookings, clients, clientSuspensions, shifts, waitingEntries } from '../../db/schema/index.js';
import { addDays } from '../contract/dates.js';
import type { ScheduleSettings } from '../contract/schedule.js';
import type { Promotion, WaitingView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { insertBooking, promotionOf } from './booking-rows.js';
import { bookedCount, bookingsInWeek, bookingWarnings } from './rules.js';
import { hasStarted, mondayOf, type ShiftRow } from './shifts.js';

/**
 * The waiting list: first come, first served, except that with fairness on,
 * clients who have not worked in the last N weeks before the shift's week go
 * before those who have. A client the rules would refuse now (suspended, at
 * the weekly limit, left the programme) keeps their place but is skipped.
 */

interface WaitingFacts {
  inactive: Set<number>;
  suspended: Set<number>;
  /** Standing bookings in the shift's week, by client. */
  weekCount: Map<number, number>;
  workedRecently: Set<number>;
}

function waitingFacts(ctx: Ctx, shift: ShiftRow, clientIds: number[], settings: ScheduleSettings): WaitingFacts {
  const monday = mondayOf(shift.date);
  const inactive = new Set(
    ctx.db
      .select({ id: clients.id })
      .from(clients)
      .where(and(inArray(clients.id, clientIds), eq(clients.active, false)))
      .all()
      .map((r) => r.id),
  );
  const suspended = new Set(
    ctx.db
      .selectDistinct({ id: clientSuspensions.clientId })
      .from(clientSuspensions)
      .where(
        and(
          inArray(clientSuspensions.clientId, clientIds),
          lte(clientSuspensions.fromDate, shift.date),
          or(isNull(clientSuspensions.toDate), gte(clientSuspensions.toDate, shift.date)),
        ),
      )
      .all()
      .map((r) => r.id),
  );
  const standing = (from: string, to: string, before: boolean) =>
    ctx.db
      .select({ clientId: bookings.clientId, n: sql<number>`count(*)` })
      .from(bookings)
      .innerJoin(shifts, eq(shifts.id, bookings.shiftId))
      .where(
        and(
          inArray(bookings.clientId, clientIds),
          eq(bookings.status, 'booked'),
          gte(shifts.date, from),
          before ? lt(shifts.date, to) : lte(shifts.date, to),
        ),
      )
      .groupBy(bookings.clientId)
      .all();
  const weekCount = new Map(standing(monday, addDays(monday, 6), false).map((r) => [r.clientId, r.n]));
  const workedRecently = new Set(
    settings.fairnessWeeks === 0
      ? []
      : standing(addDays(monday, -7 * settings.fairnessWeeks), monday, true).map((r) => r.clientId),
  );
  return { inactive, suspended, weekCount, workedRecently };
}

/** The shift's waiting list in the order places are offered, with why anyone would be skipped. */
export function rankedWaiting(ctx: Ctx, shift: ShiftRow, settings: ScheduleSettings): WaitingView[] {
  const entries = ctx.db
    .select({
      id: waitingEntries.id,
      clientId: waitingEntries.clientId,
      position: waitingEntries.position,
      createdAt: waitingEntries.createdAt,
      overrideReason: waitingEntries.overrideReason,
      code: clients.code,
      firstName: clients.firstName,
      lastName: clients.lastName,
      nickname: clients.nickname,
    })
    .from(waitingEntries)
    .innerJoin(clients, eq(clients.id, waitingEntries.clientId))
    .where(and(eq(waitingEntries.shiftId, shift.id), eq(waitingEntries.status, 'waiting')))
    .orderBy(asc(waitingEntries.position))
    .all();
  if (entries.length === 0) return [];
  const facts = waitingFacts(
    ctx,
    shift,
    entries.map((e) => e.clientId),
    settings,
  );
  return entries
    .map((e) => {
      const overLimit = (facts.weekCount.get(e.clientId) ?? 0) >= settings.weeklyLimit && e.overrideReason === null;
      const blockedBy = facts.inactive.has(e.clientId)
        ? ('inactive' as const)
        : facts.suspended.has(e.clientId)
          ? ('suspended' as const)
          : overLimit
            ? ('weeklyLimit' as const)
            : null;
      return {
        ...e,
        order: 0,
        priority: settings.fairnessWeeks > 0 && !facts.workedRecently.has(e.clientId),
        blockedBy,
      };
    })
    .sort((a, b) => Number(b.priority) - Number(a.priority) || a.position - b.position)
    .map((e, index) => ({ ...e, order: index + 1 }));
}

/**
 * Fills free places of a shift from its waiting list, in the same transaction
 * as the change that freed them. Answers who moved up: the coordinator tells them.
 */
export function promote(ctx: Ctx, shift: ShiftRow, settings: ScheduleSettings): Promotion[] {
  if (shift.status !== 'open' || hasStarted(ctx, shift)) return [];
  const promoted: Promotion[] = [];
  let free = shift.places - bookedCount(ctx, shift.id);
  while (free > 0) {
    const next = rankedWaiting(ctx, shift, settings).find((e) => e.blockedBy === null);
    if (!next) break;
    const client = { ...next, active: true };
    const weekCount = bookingsInWeek(ctx, next.clientId, shift.date).length;
    const overrideReason = weekCount >= settings.weeklyLimit ? next.overrideReason : null;
    const bookingId = insertBooking(ctx, shift, next.clientId, {
      overrideReason,
      fromWaitingId: next.id,
      tellKind: 'promoted',
    });
    promoted.push(promotionOf(bookingId, client, shift, bookingWarnings(ctx, client, shift, overrideReason)));
    free -= 1;
  }
  return promoted;
}

/** The next position at the end of a shift's list; positions never repeat within a shift. */
export function nextPosition(ctx: Ctx, shiftId: number): number {
  const row = ctx.db
    .select({ max: sql<number | null>`max(${waitingEntries.position})` })
    .from(waitingEntries)
    .where(eq(waitingEntries.shiftId, shiftId))
    .get();
  return (row?.max ?? 0) + 1;
}
