import { and, asc, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import { shiftPatterns, shifts } from '../../db/schema/index.js';
import { addDays, isoWeekday } from '../contract/dates.js';
import type { scheduleMethods } from '../contract/schedule.js';
import type { PatternView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { dateText as dateLabel } from '../contract/present.js';
import { holidaysBetween } from '../holidays/index.js';
import { premiumWarnings } from './rules.js';
import { assertShiftLength, mondayOf, type PatternRow } from './shifts.js';

type PatternMethods = Pick<
  typeof scheduleMethods,
  'schedule.listPatterns' | 'schedule.savePattern' | 'schedule.endPattern'
>;

export function patternView(row: PatternRow): PatternView {
  return {
    id: row.id,
    weekday: row.weekday,
    start: row.startTime,
    end: row.endTime,
    places: row.places,
    place: row.place,
    task: row.task,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

function loadPattern(ctx: Ctx, id: number): PatternRow {
  const row = ctx.db.select().from(shiftPatterns).where(eq(shiftPatterns.id, id)).get();
  if (!row) throw notFound('id');
  return row;
}

/** Two recurring shifts on the same weekday and start time may not run at once. */
function assertNoOverlap(
  ctx: Ctx,
  p: { weekday: number; start: string; validFrom: string; validTo: string | null },
  excludeId?: number,
): void {
  const clash = ctx.db
    .select()
    .from(shiftPatterns)
    .where(
      and(
        eq(shiftPatterns.weekday, p.weekday),
        eq(shiftPatterns.startTime, p.start),
        p.validTo === null ? undefined : lte(shiftPatterns.validFrom, p.validTo),
        or(isNull(shiftPatterns.validTo), gte(shiftPatterns.validTo, p.validFrom)),
        excludeId === undefined ? undefined : ne(shiftPatterns.id, excludeId),
      ),
    )
    .get();
  if (clash) {
    throw new DomainError(
      'schedule.patternOverlap',
      { from: dateLabel(ctx.locale, clash.validFrom), to: clash.validTo ? dateLabel(ctx.locale, clash.validTo) : '…' },
      'validFrom',
    );
  }
}

/** Days from `from` on (and today on) where weeks already on the sheet would have had this weekday's shift. */
function writtenDaysFor(ctx: Ctx, weekday: number, from: string, to: string | null): string[] {
  const start = from > ctx.today() ? from : ctx.today();
  const days = ctx.db
    .selectDistinct({ date: shifts.date })
    .from(shifts)
    .where(and(gte(shifts.date, mondayOf(start)), to === null ? undefined : lte(shifts.date, to)))
    .all();
  const mondays = [...new Set(days.map((d) => mondayOf(d.date)))];
  return mondays
    .map((monday) => addDays(monday, weekday - 1))
    .filter((d) => d >= start && (to === null || d <= to) && isoWeekday(d) === weekday)
    .sort();
}

/** Stored shifts of a pattern from a day on (and today on): they keep what they had. */
function storedDaysOf(ctx: Ctx, patternId: number, from: string): string[] {
  const start = from > ctx.today() ? from : ctx.today();
  return ctx.db
    .select({ date: shifts.date })
    .from(shifts)
    .where(and(eq(shifts.patternId, patternId), gte(shifts.date, start), eq(shifts.status, 'open')))
    .orderBy(asc(shifts.date))
    .all()
    .map((r) => r.date);
}

/** How far ahead a new pattern's holidays are named: the holidays entered for about a year. */
const holidayLookaheadDays = 366;

/**
 * A weekend pattern earns the weekend premium on every shift; a pattern that
 * meets public holidays in the coming year names them (they stay closed to
 * sign-up until opened on the board).
 */
function patternWarnings(ctx: Ctx, weekday: number, validFrom: string, validTo: string | null) {
  const from = validFrom > ctx.today() ? validFrom : ctx.today();
  const horizon = addDays(from, holidayLookaheadDays);
  const to = validTo !== null && validTo < horizon ? validTo : horizon;
  const holidays = holidaysBetween(ctx, from, to)
    .map((h) => h.date)
    .filter((d) => isoWeekday(d) === weekday);
  const firstWeekend = weekday >= 6 ? [addDays(from, (weekday - isoWeekday(from) + 7) % 7)] : [];
  return premiumWarnings(ctx, [...firstWeekend.filter((d) => !holidays.includes(d)), ...holidays]);
}

export const patternHandlers: Handlers<PatternMethods> = {
  'schedule.listPatterns': ({ includeEnded }, ctx) =>
    ctx.db
      .select()
      .from(shiftPatterns)
      .where(includeEnded ? undefined : or(isNull(shiftPatterns.validTo), gte(shiftPatterns.validTo, ctx.today())))
      .orderBy(asc(shiftPatterns.weekday), asc(shiftPatterns.startTime), asc(shiftPatterns.validFrom))
      .all()
      .map(patternView),

  'schedule.savePattern': ({ id, weekday, start, end, places, place, task, validFrom, validTo }, ctx) => {
    const values = { weekday, startTime: start, endTime: end, places, place, task, validFrom, validTo };
    const stamp = ctx.timestamp();
    const before = id === undefined ? null : loadPattern(ctx, id);
    assertShiftLength(ctx, validFrom, start, end);
    assertNoOverlap(ctx, { weekday, start, validFrom, validTo }, id);
    const warnings = patternWarnings(ctx, weekday, validFrom, validTo);
    // A change from a later day is a new period: what the pattern said before stays for earlier weeks.
    const split =
      before !== null && validFrom > before.validFrom && (before.validTo === null || validFrom <= before.validTo);
    if (before === null || split) {
      let ended: PatternRow | null = null;
      if (before !== null) {
        ended =
          ctx.db
            .update(shiftPatterns)
            .set({ validTo: addDays(validFrom, -1), updatedAt: stamp })
            .where(eq(shiftPatterns.id, before.id))
            .returning()
            .get() ?? null;
      }
      const row = ctx.db
        .insert(shiftPatterns)
        .values({ ...values, createdAt: stamp, updatedAt: stamp })
        .returning()
        .get();
      ctx.audit({
        entity: 'shiftPattern',
        entityId: row.id,
        detail: { created: values, replaces: before?.id ?? null },
      });
      const unchangedDates =
        before === null ? writtenDaysFor(ctx, weekday, validFrom, validTo) : storedDaysOf(ctx, before.id, validFrom);
      return { pattern: patternView(row), ended: ended && patternView(ended), unchangedDates, warnings };
    }
    const row = ctx.db
      .update(shiftPatterns)
      .set({ ...values, updatedAt: stamp })
      .where(eq(shiftPatterns.id, before.id))
      .returning()
      .get();
    if (!row) throw notFound('id');
    ctx.audit({ entity: 'shiftPattern', entityId: row.id, detail: { before: patternView(before), after: values } });
    return { pattern: patternView(row), ended: null, unchangedDates: storedDaysOf(ctx, row.id, validFrom), warnings };
  },

  'schedule.endPattern': ({ id, lastDay }, ctx) => {
    const before = loadPattern(ctx, id);
    if (lastDay < before.validFrom) {
      const used = ctx.db.select({ id: shifts.id }).from(shifts).where(eq(shifts.patternId, id)).limit(1).get();
      if (used) {
        throw new DomainError('schedule.patternInUse', { from: dateLabel(ctx.locale, before.validFrom) }, 'lastDay');
      }
      ctx.db.delete(shiftPatterns).where(eq(shiftPatterns.id, id)).run();
      ctx.audit({ entity: 'shiftPattern', entityId: id, detail: { deleted: patternView(before) } });
      return { deleted: true, pattern: null, unchangedDates: [] };
    }
    const row = ctx.db
      .update(shiftPatterns)
      .set({ validTo: lastDay, updatedAt: ctx.timestamp() })
      .where(eq(shiftPatterns.id, id))
      .returning()
      .get();
    if (!row) throw notFound('id');
    ctx.audit({ entity: 'shiftPattern', entityId: id, detail: { ended: lastDay, before: before.validTo } });
    return { deleted: false, pattern: patternView(row), unchangedDates: storedDaysOf(ctx, id, addDays(lastDay, 1)) };
  },
};
