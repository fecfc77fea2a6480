/** The legal checks of an agreement, each refusing with a message that names the field to fix. */
import { asc, sql } from 'drizzle-orm';
import { payParameters } from '../../db/schema/index.js';
import type { AgreementKind } from '../contract/agreements/schemas.js';
import { translate } from '../contract/i18n.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { findParametersOn, loadEmployer } from '../settings/index.js';
import { dateText, minutesText, moneyText, periodText } from '../contract/present.js';
import { firstBelowMinimum, firstOverScope, type ParameterPeriod } from './limits.js';
import type { Segment } from './terms.js';

export function parameterPeriods(ctx: Ctx): ParameterPeriod[] {
  return ctx.db
    .select({
      validFrom: payParameters.validFrom,
      validTo: payParameters.validTo,
      minWageHourly: payParameters.minWageHourly,
      maxAverageWeeklyMinutes: payParameters.maxAverageWeeklyMinutes,
    })
    .from(payParameters)
    .orderBy(asc(payParameters.validFrom))
    .all();
}

/** The figures valid on a day; their absence is the user's to fix at `field`. */
export function parametersFor(ctx: Ctx, day: string, field: string) {
  const row = findParametersOn(ctx, day);
  if (!row) throw new DomainError('settings.noParameters', { date: dateText(ctx.locale, day) }, field);
  return row;
}

/**
 * Pay at least the minimum wage (as known on `knownOn`, when given) and scope
 * within the weekly average, on every day the terms apply. DPČ's limit is a weekly average; a DPP would check its
 * yearly hours here instead.
 */
export function checkTerms(ctx: Ctx, kind: AgreementKind, segments: readonly Segment[], knownOn?: string): void {
  const periods = parameterPeriods(ctx);
  // An agreement signed on paper is held to the minimum known when it was signed;
  // a later rise puts it on the watch list instead.
  const minimums = knownOn === undefined ? periods : periods.filter((p) => p.validFrom <= knownOn);
  const low = firstBelowMinimum(minimums, segments);
  if (low) {
    throw new DomainError(
      'agreement.rateBelowMinimum',
      {
        rate: moneyText(ctx.locale, low.value),
        minimum: moneyText(ctx.locale, low.limit),
        from: dateText(ctx.locale, low.day),
        day: low.day,
      },
      'hourlyRate',
    );
  }
  const scopeRules: Record<AgreementKind, () => void> = {
    dpc: () => {
      const over = firstOverScope(periods, segments);
      if (over) {
        throw new DomainError(
          'agreement.scopeTooLarge',
          { scope: minutesText(over.value), limit: minutesText(over.limit), day: over.day },
          'weeklyMinutes',
        );
      }
    },
  };
  scopeRules[kind]();
}

/** SQL for an agreement's last day: its end when ended early, else its agreed end (null: open). */
export const lastDaySql = (alias = 'a') => sql.raw(`COALESCE(${alias}.ended_on, ${alias}.valid_to)`);

/** One client, one agreement of a kind at a time: no other agreement (in any state) may share a day. */
export function checkNoOverlap(
  ctx: Ctx,
  target: { clientId: number; kind: AgreementKind; from: string; to: string | null; excludeId?: number },
  field = 'validFrom',
): void {
  const exclude = target.excludeId === undefined ? sql`` : sql`AND a.id <> ${target.excludeId}`;
  const before = target.to === null ? sql`` : sql`AND a.valid_from <= ${target.to}`;
  const other = ctx.db.get<{ number: string; validFrom: string; lastDay: string | null } | undefined>(
    sql`SELECT a.number, a.valid_from AS validFrom, ${lastDaySql()} AS lastDay FROM agreements a
      WHERE a.client_id = ${target.clientId} AND a.kind = ${target.kind} ${exclude} ${before}
      AND (${lastDaySql()} IS NULL OR ${lastDaySql()} >= ${target.from})
      ORDER BY a.valid_from LIMIT 1`,
  );
  if (other) {
    throw new DomainError(
      'agreement.overlaps',
      { number: other.number, period: periodText(ctx.locale, other.validFrom, other.lastDay) },
      field,
    );
  }
}

/** The employer's name and address go on every document: refuse to print without them. */
export function requireEmployerComplete(ctx: Ctx) {
  const employer = loadEmployer(ctx);
  if (!employer.complete) {
    throw new DomainError('agreement.employerIncomplete', {
      fields: employer.missing.map((f) => translate(ctx.locale, `fields.${f}`)).join(', '),
      missing: employer.missing,
    });
  }
  return employer;
}
