import type { Locale } from './i18n.js';

/**
 * "1 den", "3 dny", "5 dní" / "1 day", "3 days": the catalogue has no plural
 * forms, so a count of days is worded here and passed in as a parameter.
 */
export function countDays(n: number, locale: Locale): string {
  if (locale === 'en') return `${n} ${n === 1 ? 'day' : 'days'}`;
  if (n === 1) return '1 den';
  return `${n} ${n >= 2 && n <= 4 ? 'dny' : 'dní'}`;
}
