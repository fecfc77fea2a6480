/** Which agreements' pay falls below the minimum wage, and what an amendment should raise it to. */
import { sql } from 'drizzle-orm';
import type { MinimumWagePlan, WatchLists } from '../contract/agreements/watch.js';
import type { Ctx } from '../api/context.js';
import { firstBelowMinimum, highestMinimum } from './limits.js';
import {
  agreementRow,
  amendmentsOf,
  lastDayOf,
  originalTerms,
  segmentsFor,
  summaries,
  type AmendmentRecord,
} from './rows.js';
import { lastDaySql, parameterPeriods, parametersFor } from './rules.js';
import { termsOn } from './terms.js';

interface Candidate {
  id: number;
}

/** Signed agreements (ended ones too while they still run) that reach `day` or later. */
function runningFrom(ctx: Ctx, day: string): Candidate[] {
  return ctx.db.all<Candidate>(
    sql`SELECT a.id FROM agreements a WHERE a.status IN ('signed', 'ended')
      AND (${lastDaySql()} IS NULL OR ${lastDaySql()} >= ${day}) ORDER BY a.number`,
  );
}

function pendingOf(amendments: AmendmentRecord[]) {
  const pending = amendments.find((m) => m.status !== 'signed');
  return pending
    ? {
        id: pending.id,
        seq: pending.seq,
        status: pending.status,
        effectiveFrom: pending.effectiveFrom,
        hourlyRate: pending.terms.hourlyRate,
      }
    : null;
}

/**
 * Every running agreement whose pay on `effectiveFrom` (or its first day, if
 * later) is below the minimum wage of that day; the new pay is the highest
 * minimum known for the rest of its period.
 */
export function minimumWagePlan(ctx: Ctx, effectiveFrom: string): MinimumWagePlan {
  const { minWageHourly } = parametersFor(ctx, effectiveFrom, 'effectiveFrom');
  const periods = parameterPeriods(ctx);
  const items: MinimumWagePlan['items'] = [];
  for (const { id } of runningFrom(ctx, effectiveFrom)) {
    const row = agreementRow(ctx, id);
    const amendments = amendmentsOf(ctx, id);
    const from = row.validFrom > effectiveFrom ? row.validFrom : effectiveFrom;
    const rate = termsOn(segmentsFor(row, originalTerms(ctx, id), amendments), from).hourlyRate;
    const minimum = highestMinimum(periods, from, from);
    if (minimum === null || rate >= minimum) continue;
    const client = ctx.db.get<{ firstName: string; lastName: string }>(
      sql`SELECT first_name AS firstName, last_name AS lastName FROM clients WHERE id = ${row.clientId}`,
    );
    items.push({
      agreementId: id,
      number: row.number,
      clientId: row.clientId,
      firstName: client.firstName,
      lastName: client.lastName,
      rate,
      newRate: Math.max(rate, highestMinimum(periods, from, lastDayOf(row)) ?? minimum),
      effectiveFrom: from,
      pending: pendingOf(amendments),
    });
  }
  return { effectiveFrom, minimum: minWageHourly, items };
}

/**
 * Running agreements whose signed terms fall below the minimum wage on some
 * day from today on, as far as the entered parameters reach: once next year's
 * figures are entered, the agreements that need an amendment show up here.
 */
export function belowMinimum(ctx: Ctx): WatchLists['belowMinimum'] {
  const today = ctx.today();
  const periods = parameterPeriods(ctx);
  const result: WatchLists['belowMinimum'] = [];
  for (const { id } of runningFrom(ctx, today)) {
    const row = agreementRow(ctx, id);
    const amendments = amendmentsOf(ctx, id);
    const segments = segmentsFor(row, originalTerms(ctx, id), amendments)
      .filter((s) => s.to === null || s.to >= today)
      .map((s) => (s.from < today ? { ...s, from: today } : s));
    const low = firstBelowMinimum(periods, segments);
    if (!low) continue;
    const [summary] = summaries(ctx, sql`a.id = ${id}`, { limit: 1, offset: 0 });
    if (!summary) continue;
    result.push({ ...summary, from: low.day, minimum: low.limit, rate: low.value, pending: pendingOf(amendments) });
  }
  return result.sort((a, b) => a.from.localeCompare(b.from) || a.number.localeCompare(b.number));
}
