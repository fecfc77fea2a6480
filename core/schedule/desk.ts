import type { ShiftRef, Warning } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { insertBooking } from './booking-rows.js';
import { signUpEligibility } from './eligibility.js';
import { assertEligible, assertPlaceFree, loadClientFacts, signUpWarnings, weeklyLimitException } from './rules.js';
import { loadScheduleSettings } from './settings.js';
import { mondayOf, plannedShifts, resolveShift, storedShifts, type ShiftRow } from './shifts.js';

/**
 * The sign-up sheet as the arrival desk sees it: the shifts of one day, and
 * a walk-in's booking by the same rules as the board's.
 */

/** A shift of the day: stored, or the pattern's while nobody has written to its week. */
export interface DeskShift {
  ref: ShiftRef;
  id: number | null;
  date: string;
  startTime: string;
  endTime: string;
  places: number;
  place: string;
  task: string | null;
  status: 'open' | 'cancelled';
  cancelReason: string | null;
}

/** The shifts of a day in order of time, as the week board shows them. */
export function shiftsOfDay(ctx: Ctx, date: string): DeskShift[] {
  const monday = mondayOf(date);
  const stored = storedShifts(ctx, monday);
  if (stored.length > 0) {
    return stored
      .filter((s) => s.date === date)
      .map((s) => ({ ...s, ref: { shiftId: s.id }, status: s.status, cancelReason: s.cancelReason }));
  }
  return plannedShifts(ctx, monday)
    .filter((p) => p.date === date)
    .map((p) => ({
      ...p,
      ref: { patternId: p.patternId, date: p.date },
      id: null,
      status: 'open',
      cancelReason: null,
    }));
}

/**
 * Books a client who came without a booking. Every sign-up rule holds (a
 * free place, not suspended or out of the programme, the weekly limit unless
 * a reason is given) except two that look ahead: the shift may have begun
 * and the sign-up window is not asked. The agreement and the schedule notice
 * are the desk's to judge, so their warnings are not repeated.
 */
export function bookWalkIn(
  ctx: Ctx,
  ref: ShiftRef,
  clientId: number,
  overrideReason: string | null,
): { bookingId: number; shift: ShiftRow; warnings: Warning[] } {
  const settings = loadScheduleSettings(ctx);
  const client = loadClientFacts(ctx, clientId);
  const shift = resolveShift(ctx, ref);
  const [found] = signUpEligibility(ctx, shift, [client], { settings, signUpWindow: false });
  if (!found) throw new Error('Eligibility answers for every client asked');
  const eligibility = {
    ...found,
    blocks: found.blocks.filter((b) => b.rule !== 'shiftStarted'),
    warnings: found.warnings.filter((w) => w.rule !== 'noAgreement' && w.rule !== 'shortNotice'),
  };
  assertEligible(ctx, eligibility, shift, { shift: 'shift', client: 'clientId' });
  assertPlaceFree(ctx, shift);
  const override = weeklyLimitException(ctx, eligibility, shift, { overrideReason });
  const bookingId = insertBooking(ctx, shift, clientId, { overrideReason: override });
  ctx.audit({
    entity: 'booking',
    entityId: bookingId,
    detail: { shiftId: shift.id, clientId, date: shift.date, overrideReason: override, walkIn: true },
  });
  return { bookingId, shift, warnings: signUpWarnings(ctx, eligibility, shift, override) };
}
