import { addDays, daysBetween } from '../contract/dates.js';
import type { ScheduleSettings } from '../contract/schedule.js';

/**
 * Repeated no-shows block sign-up for a while (a house rule, overridable with
 * a written reason). Pure: decided from the days of the client's no-shows, so
 * undoing a wrongly recorded no-show lifts the block by itself and nothing
 * stored can drift from the arrivals.
 *
 * The rule: `noShowLimit` no-shows within any `noShowWeeks` weeks block
 * sign-up from the day of the last of them for `noShowBlockWeeks` weeks.
 * A limit of 0 turns the rule off.
 */

export type NoShowRule = Pick<ScheduleSettings, 'noShowLimit' | 'noShowWeeks' | 'noShowBlockWeeks'>;

export interface NoShowBlock {
  /** The no-show that started the block. */
  from: string;
  /** The last day sign-up is blocked. */
  until: string;
  /** No-shows within the window that ended on `from`. */
  noShows: number;
}

/** The first day whose no-shows can still matter on `day`: a window that ends within a block lasting to `day`. */
export function noShowsMatterFrom(rule: NoShowRule, day: string): string {
  return addDays(day, -7 * (rule.noShowWeeks + rule.noShowBlockWeeks) + 1);
}

/**
 * The block in force on `day`, if any: the one that lasts longest when
 * several overlap. `dates` are the days of the client's no-shows, ascending
 * (a day may repeat: two shifts missed on one day are two no-shows).
 */
export function noShowBlockOn(dates: readonly string[], rule: NoShowRule, day: string): NoShowBlock | null {
  if (rule.noShowLimit === 0) return null;
  const windowDays = 7 * rule.noShowWeeks;
  let found: NoShowBlock | null = null;
  dates.forEach((from, index) => {
    const until = addDays(from, 7 * rule.noShowBlockWeeks - 1);
    if (from > day || until < day) return;
    const noShows = dates.slice(0, index + 1).filter((d) => daysBetween(d, from) < windowDays).length;
    if (noShows >= rule.noShowLimit && (found === null || until >= found.until)) found = { from, until, noShows };
  });
  return found;
}
