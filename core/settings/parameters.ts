import { sql } from 'drizzle-orm';
import { payParameters } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { preparedPerConnection } from '../api/statements.js';
import { periodCoversSql } from '../periods/index.js';

export type PayParametersRow = typeof payParameters.$inferSelect;

/** Prepared once: every booking asks for the schedule notice of today. */
const parametersCovering = preparedPerConnection((db) =>
  db
    .select()
    .from(payParameters)
    .where(periodCoversSql({ from: payParameters.validFrom, to: payParameters.validTo }, sql.placeholder('day')))
    .prepare(),
);

/** Only the schedule notice: every booking asks it, and a narrow row maps faster. */
const noticeDaysCovering = preparedPerConnection((db) =>
  db
    .select({ days: payParameters.scheduleNoticeDays })
    .from(payParameters)
    .where(periodCoversSql({ from: payParameters.validFrom, to: payParameters.validTo }, sql.placeholder('day')))
    .prepare(),
);

/** Only the adult age: every arrival and every row of the desk's day asks it. */
const adultAgeCovering = preparedPerConnection((db) =>
  db
    .select({ age: payParameters.adultAge })
    .from(payParameters)
    .where(periodCoversSql({ from: payParameters.validFrom, to: payParameters.validTo }, sql.placeholder('day')))
    .prepare(),
);

/** Only the weekly average's figures: every booking with an agreement asks them. */
const averageFiguresCovering = preparedPerConnection((db) =>
  db
    .select({
      maxAverageWeeklyMinutes: payParameters.maxAverageWeeklyMinutes,
      balancingPeriodWeeks: payParameters.balancingPeriodWeeks,
    })
    .from(payParameters)
    .where(periodCoversSql({ from: payParameters.validFrom, to: payParameters.validTo }, sql.placeholder('day')))
    .prepare(),
);

/** The weekly average limit and the longest balancing period valid on a day, or undefined where none were entered. */
export function averageFiguresOn(
  ctx: Ctx,
  day: string,
): { maxAverageWeeklyMinutes: number; balancingPeriodWeeks: number } | undefined {
  return averageFiguresCovering(ctx.db).get({ day });
}

/** The legal schedule notice in days valid on a day, or undefined where no figures were entered. */
export function scheduleNoticeDaysOn(ctx: Ctx, day: string): number | undefined {
  return noticeDaysCovering(ctx.db).get({ day })?.days;
}

/** The adult age valid on a day (below it the young-employee limits apply), or undefined where no figures were entered. */
export function adultAgeOn(ctx: Ctx, day: string): number | undefined {
  return adultAgeCovering(ctx.db).get({ day })?.age;
}

/** The legal and pay figures valid on a day, or undefined where none were entered. */
export function findParametersOn(ctx: Ctx, day: string): PayParametersRow | undefined {
  return parametersCovering(ctx.db).get({ day });
}

/** The legal and pay figures valid on a day; a missing period is a clear error, not a guess. */
export function parametersOn(ctx: Ctx, day: string): PayParametersRow {
  const row = findParametersOn(ctx, day);
  if (!row) throw new DomainError('settings.noParameters', { date: day }, 'date');
  return row;
}

/** From this day of the year (MM-DD) the app asks for next year's figures until they are entered. */
const yearTurnAskFrom = '11-01';

/**
 * Next year's figures take effect on 1 January; from 1 November a missing
 * period is asked for, since agreements and pay for January need it.
 */
export function yearTurn(ctx: Ctx): { year: number; from: string; entered: boolean; ask: boolean } {
  const today = ctx.today();
  const thisYear = Number(today.slice(0, 4));
  const from = `${thisYear + 1}-01-01`;
  const entered = findParametersOn(ctx, from) !== undefined;
  return { year: thisYear + 1, from, entered, ask: !entered && today >= `${thisYear}-${yearTurnAskFrom}` };
}
