import { eq } from 'drizzle-orm';
import { agreements } from '../../db/schema/index.js';
import type { scheduleMethods } from '../contract/schedule.js';
import type { Ctx } from '../api/context.js';
import { notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { agreementAverageOn } from './average-check.js';
import { noShowStanding } from './no-shows.js';
import { loadScheduleSettings } from './settings.js';

type StandingMethods = Pick<typeof scheduleMethods, 'schedule.noShows' | 'schedule.agreementAverage'>;

/** The day an agreement's average is shown for: today, kept within the agreement's days. */
function averageDay(ctx: Ctx, validFrom: string, lastDay: string | null): string {
  const today = ctx.today();
  if (today < validFrom) return validFrom;
  return lastDay !== null && lastDay < today ? lastDay : today;
}

/** What the client page and the agreement page show of the sign-up rules: no-shows and the weekly average. */
export const standingHandlers: Handlers<StandingMethods> = {
  'schedule.noShows': ({ clientIds }, ctx) => noShowStanding(ctx, [...new Set(clientIds)], loadScheduleSettings(ctx)),

  'schedule.agreementAverage': ({ agreementId }, ctx) => {
    const row = ctx.db
      .select({
        clientId: agreements.clientId,
        validFrom: agreements.validFrom,
        validTo: agreements.validTo,
        endedOn: agreements.endedOn,
      })
      .from(agreements)
      .where(eq(agreements.id, agreementId))
      .get();
    if (!row) throw notFound('agreementId');
    const day = averageDay(ctx, row.validFrom, row.endedOn ?? row.validTo);
    const average = agreementAverageOn(ctx, row.clientId, { id: agreementId, ...row }, day);
    if (!average) return null;
    const { period, ...figures } = average;
    return { day, periodFrom: period.from, periodTo: period.to, periodWeeks: period.weeks, ...figures };
  },
};
