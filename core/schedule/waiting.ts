import { and, eq, sql } from 'drizzle-orm';
import { bookings, waitingEntries } from '../../db/schema/index.js';
import { addDays } from '../contract/dates.js';
import type { ScheduleSettings } from '../contract/schedule.js';
import type { Promotion, WaitingView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { insertBooking, promotionOf } from './booking-rows.js';
import { personBlock, signUpEligibility, type SignUpEligibility } from './eligibility.js';
import { workedBetween } from '../attendance/index.js';
import { bookedCount, waitingOn } from './queries.js';
import { loadClientFacts, signUpWarnings } from './rules.js';
import { hasStarted, loadShift, mondayOf, type ShiftRow } from './shifts.js';

/**
 * The waiting list: first come, first served, except that with fairness on,
 * clients who have not worked in the last N weeks before the shift's week go
 * before those who have. A client the rules would refuse now (suspended, at
 * the weekly limit, left the programme) keeps their place but is skipped.
 */

interface RankedEntry extends WaitingView {
  eligibility: SignUpEligibility;
}

function rank(ctx: Ctx, shift: ShiftRow, settings: ScheduleSettings, warnings: boolean): RankedEntry[] {
  const entries = waitingOn(ctx, shift.id);
  if (entries.length === 0) return [];
  const eligibility = signUpEligibility(ctx, shift, entries, { settings, signUpWindow: false, warnings });
  const monday = mondayOf(shift.date);
  // Worked means work recorded after an admitted arrival, not a booking: a no-show or a client sent away did not work.
  const worked =
    settings.fairnessWeeks === 0
      ? new Set<number>()
      : new Set(
          workedBetween(
            ctx,
            entries.map((e) => e.clientId),
            addDays(monday, -7 * settings.fairnessWeeks),
            addDays(monday, -1),
          ).map((w) => w.clientId),
        );
  return entries
    .map(({ active: _active, ...e }, index) => {
      const facts = eligibility[index] as SignUpEligibility;
      const priority = settings.fairnessWeeks > 0 && !worked.has(e.clientId);
      return { ...e, order: 0, priority, blockedBy: personBlock(facts, e.overrideReason), eligibility: facts };
    })
    .sort((a, b) => Number(b.priority) - Number(a.priority) || a.position - b.position)
    .map((e, index) => ({ ...e, order: index + 1 }));
}

/** The shift's waiting list in the order places are offered, with why anyone would be skipped. */
export function rankedWaiting(ctx: Ctx, shift: ShiftRow, settings: ScheduleSettings): WaitingView[] {
  return rank(ctx, shift, settings, false).map(({ eligibility: _e, ...view }) => view);
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
    const next = rank(ctx, shift, settings, true).find((e) => e.blockedBy === null);
    if (!next) break;
    const { weeklyLimit, noShowBlock } = next.eligibility;
    const overrideReason = weeklyLimit !== null || noShowBlock !== null ? next.overrideReason : null;
    const bookingId = insertBooking(ctx, shift, next.clientId, {
      overrideReason,
      fromWaitingId: next.id,
      tellKind: 'promoted',
    });
    const warnings = signUpWarnings(ctx, next.eligibility, shift, overrideReason);
    promoted.push(promotionOf(bookingId, next.eligibility.client, shift, warnings));
    free -= 1;
  }
  return promoted;
}

/**
 * Takes back the moves up that a cancellation caused (its undo): each such
 * booking still standing is cancelled as undone and its client returns to the
 * same place on the waiting list. A move up nobody was told of yet leaves the
 * notices; one already passed on stays there, so the coordinator sees whom to
 * tell again. Answers who went back.
 */
export function unpromote(ctx: Ctx, freedById: number): Promotion[] {
  const moved = ctx.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.freedById, freedById), eq(bookings.status, 'booked')))
    .all();
  const back: Promotion[] = [];
  for (const booking of moved) {
    const shift = loadShift(ctx, booking.shiftId, 'bookingId');
    const client = loadClientFacts(ctx, booking.clientId, 'bookingId');
    ctx.db
      .update(bookings)
      .set({
        status: 'cancelled',
        cancelKind: 'undone',
        cancelledAt: ctx.timestamp(),
        cancelledBy: ctx.actor,
        ...(booking.toldAt === null ? { tellKind: null } : {}),
      })
      .where(eq(bookings.id, booking.id))
      .run();
    if (booking.fromWaitingId !== null) {
      ctx.db
        .update(waitingEntries)
        .set({ status: 'waiting', resolvedAt: null, resolvedBy: null })
        .where(and(eq(waitingEntries.id, booking.fromWaitingId), eq(waitingEntries.status, 'booked')))
        .run();
    }
    back.push(promotionOf(booking.id, client, shift, []));
  }
  return back;
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
