import { DomainError } from '../api/domain-error.js';
import { addDays } from '../contract/dates.js';
import type { PayFigures, RatePeriod } from './types.js';

/** The figures in force on a day; a day without them is the user's to fix in Settings. */
export function figuresOn(parameters: readonly PayFigures[], day: string): PayFigures {
  const found = parameters.find((p) => p.validFrom <= day && p.validTo >= day);
  if (!found) throw new DomainError('settings.noParameters', { date: day }, 'date');
  return found;
}

/**
 * The hourly rate agreed for a day. Paid work needs an agreement in force, which
 * the shift day checks before admitting anyone, so a day without one is a bug.
 */
export function rateOn(terms: readonly RatePeriod[], day: string): number {
  const found = terms.find((t) => t.from <= day && (t.to === null || t.to >= day));
  if (!found) throw new Error(`no agreed rate on ${day}`);
  return found.terms.hourlyRate;
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOf(month: string): string {
  const nextMonth = addDays(`${month}-28`, 4).slice(0, 7);
  return addDays(`${nextMonth}-01`, -1);
}
