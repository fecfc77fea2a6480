import { eq, sql } from 'drizzle-orm';
import { waitingEntries } from '../../db/schema/index.js';
import { addDays } from '../contract/dates.js';
import type { ScheduleSettings } from '../contract/schedule.js';
import type { Promotion, WaitingView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { insertBooking, promotionOf } from './booking-rows.js';
import { personBlock, signUpEligibility, type SignUpEligibility } from './eligibility.js';
import { bookedCount, standingBetween, waitingOn } from './queries.js';
import { signUpWarnings } from './rules.js';
import { hasStarted, mondayOf, type ShiftRow } from './shifts.js';

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
  const worked =
    settings.fairnessWeeks === 0
      ? new Set<number>()
      : new Set(
          standingBetween(
            ctx,
            entries.map((e) => e.clientId),
            addDays(monday, -7 * settings.fairnessWeeks),
            addDays(monday, -1),
          ).map((b) => b.clientId),
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
    const overrideReason = next.eligibility.weeklyLimit !== null ? next.overrideReason : null;
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

/** The next position at the end of a shift's list; positions never repeat within a shift. */
export function nextPosition(ctx: Ctx, shiftId: number): number {
  const row = ctx.db
    .select({ max: sql<number | null>`max(${waitingEntries.position})` })
    .from(waitingEntries)
    .where(eq(waitingEntries.shiftId, shiftId))
    .get();
  return (row?.max ?? 0) + 1;
}
