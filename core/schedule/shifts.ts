import { shiftPatterns, shifts } from '../../db/schema/index.js';
import { addDays, isoWeekday, localMoment } from '../contract/dates.js';
import type { ShiftRef } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { columnsOf } from '../api/statements.js';
import { shiftLabel } from '../contract/present.js';

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
  return (
    pattern.weekday === isoWeekday(date) &&
    pattern.validFrom <= date &&
    (pattern.validTo === null || pattern.validTo >= date)
  );
}

const shiftColumns = columnsOf(shifts);
const patternColumns = columnsOf(shiftPatterns);

const sql = {
  patternsInWeek: `SELECT ${patternColumns} FROM shift_patterns WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)`,
  pattern: `SELECT ${patternColumns} FROM shift_patterns WHERE id = ?`,
  shiftsInWeek: `SELECT ${shiftColumns} FROM shifts WHERE date >= ? AND date <= ? ORDER BY date, start_time, id`,
  anyInWeek: `SELECT 1 AS found FROM shifts WHERE date >= ? AND date <= ? LIMIT 1`,
  shift: `SELECT ${shiftColumns} FROM shifts WHERE id = ?`,
  patternShift: `SELECT ${shiftColumns} FROM shifts WHERE pattern_id = ? AND date = ?`,
};

/** The pattern's shifts in the week starting `monday`, in order of day and time. */
export function plannedShifts(ctx: Ctx, monday: string): PlannedShift[] {
  const patterns = ctx.statement(sql.patternsInWeek).all(addDays(monday, 6), monday) as PatternRow[];
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
  return ctx.statement(sql.shiftsInWeek).all(monday, addDays(monday, 6)) as ShiftRow[];
}

/**
 * Writes the pattern's shifts of a week as rows, once: from then on the week
 * is history of its own and later pattern changes leave it alone.
 */
export function materializeWeek(ctx: Ctx, monday: string): void {
  if (ctx.statement(sql.anyInWeek).get(monday, addDays(monday, 6))) return;
  const stamp = ctx.timestamp();
  for (const p of plannedShifts(ctx, monday)) {
    ctx.db
      .insert(shifts)
      .values({ ...p, status: 'open', createdAt: stamp, updatedAt: stamp })
      .run();
  }
}

export function loadShift(ctx: Ctx, id: number, field = 'shiftId'): ShiftRow {
  const row = ctx.statement(sql.shift).get(id) as ShiftRow | undefined;
  if (!row) throw notFound(field);
  return row;
}

/** The stored shift a reference names, writing its week first when it comes from the pattern. */
export function resolveShift(ctx: Ctx, ref: ShiftRef, field = 'shift'): ShiftRow {
  if ('shiftId' in ref) return loadShift(ctx, ref.shiftId, field);
  const pattern = ctx.statement(sql.pattern).get(ref.patternId) as PatternRow | undefined;
  if (!pattern || !patternAppliesOn(pattern, ref.date)) {
    throw new DomainError('schedule.notOnSheet', { date: ref.date }, field);
  }
  materializeWeek(ctx, mondayOf(ref.date));
  const row = ctx.statement(sql.patternShift).get(ref.patternId, ref.date) as ShiftRow | undefined;
  if (!row) throw new DomainError('schedule.notOnSheet', { date: ref.date }, field);
  return row;
}

/** Start time reached on the user's clock: from then on the sign-up of the shift is history. */
export function hasStarted(ctx: Ctx, shift: { date: string; startTime: string }): boolean {
  return ctx.now().getTime() >= localMoment(shift.date, shift.startTime).getTime();
}

export function assertChangeable(ctx: Ctx, shift: ShiftRow, field = 'shift'): void {
  if (hasStarted(ctx, shift)) {
    throw new DomainError('schedule.shiftStarted', { shift: shiftLabel(ctx.locale, shift) }, field);
  }
  if (shift.status === 'cancelled') {
    throw new DomainError(
      'schedule.shiftCancelled',
      { shift: shiftLabel(ctx.locale, shift), reason: shift.cancelReason ?? '' },
      field,
    );
  }
}
