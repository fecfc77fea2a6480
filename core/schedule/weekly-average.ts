import { addDays, daysBetween } from '../contract/dates.js';
import { balancingWeeks } from '../agreements/index.js';

/**
 * The weekly average of an agreement to perform work (Labour Code § 76: at
 * most 20 hours a week on average over the balancing period). Pure: the
 * caller reads the minutes worked and the yearly figures. The law judges the
 * whole period; the warning at booking looks at the pace so far (the minutes
 * worked over the weeks of the period gone by), so it speaks early rather
 * than once the period can no longer be balanced.
 */

export interface BalancingPeriod {
  from: string;
  /** The period's last day: the agreement's end when it comes first. */
  to: string;
  /** The period's length in whole weeks (a last short week counts whole). */
  weeks: number;
}

/** The days a period of `days` days spans, in whole weeks. */
const wholeWeeks = (days: number) => Math.ceil(days / 7);

/**
 * The balancing period containing `day`, as the § 77a information sheet
 * states it (`balancingWeeks`): the agreement's whole length when that is at
 * most `maxWeeks`, else successive periods of `maxWeeks` from its first day,
 * the last one ending with the agreement.
 */
export function balancingPeriodOn(
  agreement: { validFrom: string; validTo: string | null },
  maxWeeks: number,
  day: string,
): BalancingPeriod {
  const { validFrom, validTo } = agreement;
  const whole = balancingWeeks(validFrom, validTo, maxWeeks);
  if (whole !== null && validTo !== null) return { from: validFrom, to: validTo, weeks: whole };
  const span = 7 * maxWeeks;
  const index = Math.max(0, Math.floor(daysBetween(validFrom, day) / span));
  const from = addDays(validFrom, index * span);
  const fullEnd = addDays(from, span - 1);
  // Cut short by the agreement's end, the period counts its own weeks; else it has all of them.
  if (validTo !== null && validTo < fullEnd) {
    return { from, to: validTo, weeks: wholeWeeks(daysBetween(from, validTo) + 1) };
  }
  return { from, to: fullEnd, weeks: maxWeeks };
}

export interface WeeklyAverage {
  period: BalancingPeriod;
  /** The legal weekly average in minutes (`maxAverageWeeklyMinutes`). */
  limitMinutes: number;
  /** Minutes worked in the period (work records). */
  workedMinutes: number;
  /** Weeks of the period from its first day up to the day asked about, that day's week counted whole. */
  elapsedWeeks: number;
  /** Minutes worked per elapsed week, rounded down: the running average. */
  averageMinutes: number;
  /** What the whole period allows: the limit times its weeks. */
  allowanceMinutes: number;
}

/** The running average on `day` (a day before the period counts as its first week). */
export function weeklyAverage(input: {
  period: BalancingPeriod;
  day: string;
  workedMinutes: number;
  limitMinutes: number;
}): WeeklyAverage {
  const { period, day, workedMinutes, limitMinutes } = input;
  const sinceStart = Math.max(0, daysBetween(period.from, day)) + 1;
  const elapsedWeeks = Math.min(period.weeks, wholeWeeks(sinceStart));
  return {
    period,
    limitMinutes,
    workedMinutes,
    elapsedWeeks,
    averageMinutes: Math.floor(workedMinutes / elapsedWeeks),
    allowanceMinutes: limitMinutes * period.weeks,
  };
}

/**
 * True when `plannedMinutes` more would put the running average over the
 * limit. Compared in whole minutes (worked + planned against limit × weeks),
 * so no rounding decides it; exactly at the limit is within it.
 */
export function overAverage(average: WeeklyAverage, plannedMinutes: number): boolean {
  return average.workedMinutes + plannedMinutes > average.limitMinutes * average.elapsedWeeks;
}
