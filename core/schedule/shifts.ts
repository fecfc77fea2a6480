import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { shiftPatterns, shifts } from '../../db/schema/index.js';
import { addDays, isoWeekday, localMoment } from '../contract/dates.js';
import type { ShiftRef } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { preparedPerConnection } from '../api/statements.js';
import { periodCovers } from '../periods/index.js';
import { minutesText, shiftLabel } from '../contract/present.js';
import { findParametersOn } from '../settings/index.js';

export type ShiftRow = typeof shifts.$inferSelect;
export type PatternRow = typeof shiftPatterns.$inferSelect;

/** A shift as the pattern gives it for a date nobody has written to yet. */
export interface PlannedShift {
  patternId: number;
  date: string;
  startTime: string;
  endTime: string;
  places: number;
  place: string;
  task: string | null;
}

/** The Monday of the ISO week a date falls in. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function patternAppliesOn(pattern: PatternRow, date: string): boolean {
  return pattern.weekday === isoWeekday(date) && periodCovers({ from: pattern.validFrom, to: pattern.validTo }, date);
}

const p = sql.placeholder;

/** Read on every board and booking: prepared once per connection. */
const queries = preparedPerConnection((db) => ({
  patternsInWeek: db
    .select()
    .from(shiftPatterns)
    .where(
      and(
        lte(shiftPatterns.validFrom, p('sunday')),
        or(isNull(shiftPatterns.validTo), gte(shiftPatterns.validTo, p('monday'))),
      ),
    )
    .prepare(),
  pattern: db
    .select()
    .from(shiftPatterns)
    .where(eq(shiftPatterns.id, p('id')))
    .prepare(),
  shiftsInWeek: db
    .select()
    .from(shifts)
    .where(and(gte(shifts.date, p('monday')), lte(shifts.date, p('sunday'))))
    .orderBy(asc(shifts.date), asc(shifts.startTime), asc(shifts.id))
    .prepare(),
  anyInWeek: db
    .select({ id: shifts.id })
    .from(shifts)
    .where(and(gte(shifts.date, p('monday')), lte(shifts.date, p('sunday'))))
    .limit(1)
    .prepare(),
  shift: db
    .select()
    .from(shifts)
    .where(eq(shifts.id, p('id')))
    .prepare(),
  patternShift: db
    .select()
    .from(shifts)
    .where(and(eq(shifts.patternId, p('patternId')), eq(shifts.date, p('date'))))
    .prepare(),
}));

/** The pattern's shifts in the week starting `monday`, in order of day and time. */
export function plannedShifts(ctx: Ctx, monday: string): PlannedShift[] {
  const patterns = queries(ctx.db).patternsInWeek.all({ monday, sunday: addDays(monday, 6) });
  const planned: PlannedShift[] = [];
  for (const p of patterns) {
    const date = addDays(monday, p.weekday - 1);
    if (!patternAppliesOn(p, date)) continue;
    planned.push({
      patternId: p.id,
      date,
      startTime: p.startTime,
      endTime: p.endTime,
      places: p.places,
      place: p.place,
      task: p.task,
    });
  }
  return planned.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}

export function storedShifts(ctx: Ctx, monday: string): ShiftRow[] {
  return queries(ctx.db).shiftsInWeek.all({ monday, sunday: addDays(monday, 6) });
}

/**
 * Writes the pattern's shifts of a week as rows, once: from then on the week
 * is history of its own and later pattern changes leave it alone.
 */
export function materializeWeek(ctx: Ctx, monday: string): void {
  if (queries(ctx.db).anyInWeek.get({ monday, sunday: addDays(monday, 6) })) return;
  const stamp = ctx.timestamp();
  for (const p of plannedShifts(ctx, monday)) {
    ctx.db
      .insert(shifts)
      .values({ ...p, status: 'open', createdAt: stamp, updatedAt: stamp })
      .run();
  }
}

export function loadShift(ctx: Ctx, id: number, field = 'shiftId'): ShiftRow {
  const row = queries(ctx.db).shift.get({ id });
  if (!row) throw notFound(field);
  return row;
}

/** The stored shift a reference names, writing its week first when it comes from the pattern. */
export function resolveShift(ctx: Ctx, ref: ShiftRef, field = 'shift'): ShiftRow {
  if ('shiftId' in ref) return loadShift(ctx, ref.shiftId, field);
  const pattern = queries(ctx.db).pattern.get({ id: ref.patternId });
  if (!pattern || !patternAppliesOn(pattern, ref.date)) {
    throw new DomainError('schedule.notOnSheet', { date: ref.date }, field);
  }
  materializeWeek(ctx, mondayOf(ref.date));
  const row = queries(ctx.db).patternShift.get({ patternId: ref.patternId, date: ref.date });
  if (!row) throw new DomainError('schedule.notOnSheet', { date: ref.date }, field);
  return row;
}

/** Start time reached on the user's clock: from then on the sign-up of the shift is history. */
export function hasStarted(ctx: Ctx, shift: { date: string; startTime: string }): boolean {
  return ctx.now().getTime() >= localMoment(shift.date, shift.startTime).getTime();
}

/** Why a shift's sign-up can no longer change: it has started, or it was called off. */
export function closedBecause(ctx: Ctx, shift: ShiftRow): 'shiftStarted' | 'shiftCancelled' | null {
  if (hasStarted(ctx, shift)) return 'shiftStarted';
  return shift.status === 'cancelled' ? 'shiftCancelled' : null;
}

export function closedError(
  ctx: Ctx,
  shift: ShiftRow,
  because: 'shiftStarted' | 'shiftCancelled',
  field: string,
): DomainError {
  const label = shiftLabel(ctx.locale, shift);
  return because === 'shiftStarted'
    ? new DomainError('schedule.shiftStarted', { shift: label }, field)
    : new DomainError('schedule.shiftCancelled', { shift: label, reason: shift.cancelReason ?? '' }, field);
}

export function assertChangeable(ctx: Ctx, shift: ShiftRow, field = 'shift'): void {
  const because = closedBecause(ctx, shift);
  if (because) throw closedError(ctx, shift, because, field);
}

/** Minutes from the start of a shift to its end ('HH:MM', the same day). */
export function shiftMinutes(start: string, end: string): number {
  const at = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return at(end) - at(start);
}

/**
 * No shift longer than the law allows (Labour Code § 83), by the figures valid
 * on its day. A day without entered figures is not checked here: booking on it
 * already warns that the figures are missing.
 */
export function assertShiftLength(ctx: Ctx, day: string, start: string, end: string, field = 'end'): void {
  const limit = findParametersOn(ctx, day)?.maxShiftMinutes;
  const length = shiftMinutes(start, end);
  if (limit !== undefined && length > limit) {
    throw new DomainError('schedule.shiftTooLong', { max: minutesText(limit), length: minutesText(length) }, field);
  }
}
