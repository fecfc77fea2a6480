import { and, sql } from 'drizzle-orm';
import { agreements } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { preparedForIds } from '../api/statements.js';
import { validOnSql } from '../agreements/index.js';
import { workedBetween } from '../attendance/index.js';
import { averageFiguresOn } from '../settings/index.js';
import { balancingPeriodOn, weeklyAverage, type WeeklyAverage } from './weekly-average.js';

/** An agreement's days, as the balancing period needs them. */
export interface AgreementSpan {
  id: number;
  validFrom: string;
  validTo: string | null;
}

/** Prepared once: every booking asks it (it also answers the "no agreement" warning). */
const agreementsValidOn = preparedForIds((db, idIn) =>
  db
    .select({
      clientId: agreements.clientId,
      id: agreements.id,
      validFrom: agreements.validFrom,
      validTo: agreements.validTo,
    })
    .from(agreements)
    .where(and(idIn(agreements.clientId), validOnSql(sql.placeholder('day'))))
    .prepare(),
);

/** These clients' agreements valid on a day (the agreements domain's rule), by client. */
export function agreementsOn(ctx: Ctx, clientIds: readonly number[], day: string): Map<number, AgreementSpan> {
  if (clientIds.length === 0) return new Map();
  const { query, ids } = agreementsValidOn(ctx.db, clientIds);
  return new Map(query.all({ ids, day }).map(({ clientId, ...span }) => [clientId, span]));
}

/**
 * The running weekly average of a client's agreement on a day, from the work
 * records (minutes actually worked under that agreement in the balancing
 * period) and the figures valid that day (the weekly limit and the longest
 * balancing period); null when that day has no figures entered.
 */
export function agreementAverageOn(
  ctx: Ctx,
  clientId: number,
  agreement: AgreementSpan,
  day: string,
): WeeklyAverage | null {
  const figures = averageFiguresOn(ctx, day);
  if (!figures) return null;
  const period = balancingPeriodOn(agreement, figures.balancingPeriodWeeks, day);
  const workedMinutes = workedBetween(ctx, [clientId], period.from, period.to)
    .filter((w) => w.agreementId === agreement.id)
    .reduce((sum, w) => sum + w.minutes, 0);
  return weeklyAverage({ period, day, workedMinutes, limitMinutes: figures.maxAverageWeeklyMinutes });
}
