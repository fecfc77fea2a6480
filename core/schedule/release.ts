import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { bookings, shifts } from '../../db/schema/index.js';
import type { Promotion } from '../contract/schedule-views.js';
import type { ReleasedBooking, ReleaseResult } from '../contract/schedule-history.js';
import type { Ctx } from '../api/context.js';
import { personBlock, signUpEligibility } from './eligibility.js';
import { bookedCount } from './queries.js';
import { loadClientFacts } from './rules.js';
import { loadScheduleSettings } from './settings.js';
import { hasStarted, loadShift } from './shifts.js';
import { promote } from './waiting.js';

/**
 * Bookings follow the client: leaving the programme or a suspension takes the
 * client's bookings in that period off the sheet, so the places go to the
 * waiting list at once instead of standing empty on the day. Shifts already
 * started stay as they were (they are history). Undoing the change brings the
 * bookings back where a place is still free and the rules allow.
 */

export interface ReleasePeriod {
  from: string;
  /** Null: no end (a deactivation, an open-ended suspension). */
  to: string | null;
}

/** Why the bookings are released; a suspension's bookings remember it so removing it restores them. */
export type ReleaseCause = { kind: 'deactivated' } | { kind: 'suspended'; suspensionId: number };

const releasedColumns = {
  bookingId: bookings.id,
  shiftId: shifts.id,
  date: shifts.date,
  start: shifts.startTime,
  end: shifts.endTime,
  place: shifts.place,
  startTime: shifts.startTime,
};

function bookingsWhere(ctx: Ctx, where: SQL | undefined): ReleasedBooking[] {
  return ctx.db
    .select(releasedColumns)
    .from(bookings)
    .innerJoin(shifts, eq(shifts.id, bookings.shiftId))
    .where(and(where, eq(shifts.status, 'open')))
    .orderBy(asc(shifts.date), asc(shifts.startTime))
    .all()
    .filter((row) => !hasStarted(ctx, row))
    .map(({ startTime: _s, ...row }) => row);
}

/** The client's standing bookings in the period on open shifts not started yet: what a release would take off. */
export function releasableBookings(ctx: Ctx, clientId: number, period: ReleasePeriod): ReleasedBooking[] {
  return bookingsWhere(
    ctx,
    and(
      eq(bookings.clientId, clientId),
      eq(bookings.status, 'booked'),
      gte(shifts.date, period.from),
      period.to === null ? undefined : lte(shifts.date, period.to),
    ),
  );
}

/**
 * Cancels the client's bookings in the period and fills each freed place from
 * its waiting list, in the caller's transaction. Answers what went and who moved up.
 */
export function releaseBookings(ctx: Ctx, clientId: number, period: ReleasePeriod, cause: ReleaseCause): ReleaseResult {
  const released = releasableBookings(ctx, clientId, period);
  if (released.length === 0) return { released, promoted: [] };
  const settings = loadScheduleSettings(ctx);
  const promoted: Promotion[] = [];
  for (const booking of released) {
    ctx.db
      .update(bookings)
      .set({
        status: 'cancelled',
        cancelledAt: ctx.timestamp(),
        cancelledBy: ctx.actor,
        cancelKind: cause.kind,
        suspensionId: cause.kind === 'suspended' ? cause.suspensionId : null,
      })
      .where(eq(bookings.id, booking.bookingId))
      .run();
    const shift = loadShift(ctx, booking.shiftId);
    const moved = promote(ctx, shift, settings);
    markFreedBy(ctx, moved, booking.bookingId);
    promoted.push(...moved);
    ctx.audit({
      entity: 'booking',
      entityId: booking.bookingId,
      detail: { released: cause.kind, shiftId: booking.shiftId, promoted: moved.map((p) => p.bookingId) },
    });
  }
  return { released, promoted };
}

/** Records on each promoted booking whose cancellation freed its place, so undoing that cancellation can take it back. */
export function markFreedBy(ctx: Ctx, promoted: readonly Promotion[], freedById: number): void {
  if (promoted.length === 0) return;
  ctx.db
    .update(bookings)
    .set({ freedById })
    .where(
      inArray(
        bookings.id,
        promoted.map((p) => p.bookingId),
      ),
    )
    .run();
}

/**
 * Brings back the bookings a release took off, on shifts not started, where a
 * place is free and the rules allow the client now (call it after the client
 * is active again or the suspension is gone). The rest stay cancelled.
 */
export function restoreReleased(ctx: Ctx, clientId: number, cause: ReleaseCause): ReleasedBooking[] {
  const candidates = bookingsWhere(
    ctx,
    and(
      eq(bookings.clientId, clientId),
      eq(bookings.status, 'cancelled'),
      eq(bookings.cancelKind, cause.kind),
      cause.kind === 'suspended' ? eq(bookings.suspensionId, cause.suspensionId) : undefined,
    ),
  );
  if (candidates.length === 0) return [];
  const settings = loadScheduleSettings(ctx);
  const client = loadClientFacts(ctx, clientId);
  const restored: ReleasedBooking[] = [];
  for (const candidate of candidates) {
    const shift = loadShift(ctx, candidate.shiftId);
    const booking = ctx.db.select().from(bookings).where(eq(bookings.id, candidate.bookingId)).get();
    const [e] = signUpEligibility(ctx, shift, [client], { settings, signUpWindow: false });
    const allowed = e && e.blocks.length === 0 && personBlock(e, booking?.overrideReason ?? null) === null;
    if (!allowed || bookedCount(ctx, shift.id) >= shift.places) continue;
    ctx.db
      .update(bookings)
      .set({ status: 'booked', cancelledAt: null, cancelledBy: null, cancelKind: null, suspensionId: null })
      .where(eq(bookings.id, candidate.bookingId))
      .run();
    ctx.audit({ entity: 'booking', entityId: candidate.bookingId, detail: { restored: cause.kind } });
    restored.push(candidate);
  }
  return restored;
}
