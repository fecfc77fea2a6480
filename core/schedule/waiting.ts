import { eq, sql } from 'drizzle-orm';
import { waitingEntries } from '../../db/schema/index.js';
import { addDays } from '../contract/dates.js';
import type { ScheduleSettings } from '../contract/schedule.js';
import type { Promotion, WaitingView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { insertBooking, promotionOf } from './booking-rows.js';
import { inactiveAmong, standingCounts, suspendedAmong, waitingOn } from './queries.js';
import { bookedCount, bookingsInWeek, bookingWarnings } from './rules.js';
import { hasStarted, mondayOf, type ShiftRow } from './shifts.js';

/**
 * The waiting list: first come, first served, except that with fairness on,
 * clients who have not worked in the last N weeks before the shift's week go
 * before those who have. A client the rules would refuse now (suspended, at
 * the weekly limit, left the programme) keeps their place but is skipped.
 */

/** The shift's waiting list in the order places are offered, with why anyone would be skipped. */
export function rankedWaiting(ctx: Ctx, shift: ShiftRow, settings: ScheduleSettings): WaitingView[] {
  const entries = waitingOn(ctx, shift.id);
  if (entries.length === 0) return [];
  const ids = entries.map((e) => e.clientId);
  const monday = mondayOf(shift.date);
  const inactive = inactiveAmong(ctx, ids);
  const suspended = suspendedAmong(ctx, ids, shift.date);
  const weekCount = standingCounts(ctx, ids, monday, addDays(monday, 6), false);
  const worked =
    settings.fairnessWeeks === 0
      ? new Map<number, number>()
      : standingCounts(ctx, ids, addDays(monday, -7 * settings.fairnessWeeks), monday, true);
  return entries
    .map((e) => {
      const overLimit = (weekCount.get(e.clientId) ?? 0) >= settings.weeklyLimit && e.overrideReason === null;
      const blockedBy = inactive.has(e.clientId)
        ? ('inactive' as const)
        : suspended.has(e.clientId)
          ? ('suspended' as const)
          : overLimit
            ? ('weeklyLimit' as const)
            : null;
      const priority = settings.fairnessWeeks > 0 && !worked.has(e.clientId);
      return { ...e, order: 0, priority, blockedBy };
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
