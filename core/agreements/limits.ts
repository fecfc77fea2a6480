/**
 * The legal limits an agreement's terms must keep on every day they apply,
 * checked against the yearly parameters. Pure: the caller loads the periods.
 */
import { daysBetween } from '../contract/dates.js';
import type { Segment } from './terms.js';

export interface ParameterPeriod {
  validFrom: string;
  validTo: string;
  minWageHourly: number;
  maxAverageWeeklyMinutes: number;
}

/** The first day a limit is broken, the limit that day and the agreed value. */
export interface Violation {
  day: string;
  limit: number;
  value: number;
}

const farFuture = '9999-12-31';

function overlapping(periods: readonly ParameterPeriod[], from: string, to: string | null): ParameterPeriod[] {
  return periods.filter((p) => p.validFrom <= (to ?? farFuture) && p.validTo >= from);
}

function firstViolation(
  periods: readonly ParameterPeriod[],
  segments: readonly Segment[],
  broken: (segment: Segment, period: ParameterPeriod) => Violation | null,
): Violation | null {
  let first: Violation | null = null;
  for (const segment of segments) {
    for (const period of overlapping(periods, segment.from, segment.to)) {
      const found = broken(segment, period);
      if (found && (first === null || found.day < first.day)) first = found;
    }
  }
  return first;
}

const laterOf = (a: string, b: string) => (a > b ? a : b);

/**
 * The first day the hourly pay is below the minimum hourly wage. Days without
 * entered parameters (a later year not yet known) cannot be checked; the watch
 * list catches them once that year's figures are entered.
 */
export function firstBelowMinimum(periods: readonly ParameterPeriod[], segments: readonly Segment[]): Violation | null {
  return firstViolation(periods, segments, (segment, period) =>
    segment.terms.hourlyRate < period.minWageHourly
      ? { day: laterOf(segment.from, period.validFrom), limit: period.minWageHourly, value: segment.terms.hourlyRate }
      : null,
  );
}

/** The first day the agreed weekly scope is above the legal weekly average. */
export function firstOverScope(periods: readonly ParameterPeriod[], segments: readonly Segment[]): Violation | null {
  return firstViolation(periods, segments, (segment, period) =>
    segment.terms.weeklyMinutes > period.maxAverageWeeklyMinutes
      ? {
          day: laterOf(segment.from, period.validFrom),
          limit: period.maxAverageWeeklyMinutes,
          value: segment.terms.weeklyMinutes,
        }
      : null,
  );
}

/** The highest minimum hourly wage of any entered period touching the days from `from` to `to`. */
export function highestMinimum(periods: readonly ParameterPeriod[], from: string, to: string | null): number | null {
  return minimumToMeet(periods, from, to)?.hourly ?? null;
}

/**
 * The highest minimum hourly wage over the days from `from` to `to`, with the
 * day its period takes effect (the first such period): pay prefilled for next
 * year's minimum names 1 January, not the agreement's first day.
 */
export function minimumToMeet(
  periods: readonly ParameterPeriod[],
  from: string,
  to: string | null,
): { hourly: number; from: string } | null {
  let best: { hourly: number; from: string } | null = null;
  for (const period of overlapping(periods, from, to)) {
    if (best === null || period.minWageHourly > best.hourly) {
      best = { hourly: period.minWageHourly, from: period.validFrom };
    }
  }
  return best;
}

/**
 * The balancing period of the weekly average in whole weeks: the agreement's
 * length (its last week counted whole), at most the legal figure; null for the
 * legal figure itself when the agreement is open-ended or longer.
 */
export function balancingWeeks(validFrom: string, validTo: string | null, maxWeeks: number): number | null {
  if (validTo === null) return null;
  const weeks = Math.ceil((daysBetween(validFrom, validTo) + 1) / 7);
  return weeks <= maxWeeks ? weeks : null;
}
