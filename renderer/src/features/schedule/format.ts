import { isoWeekday } from '@contract/dates.js';
import type { TFunction } from 'i18next';

/** How the week board writes days, times and people. */

/** '09:00' → '9:00'. */
export function clock(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

export function timeRange(start: string, end: string): string {
  return `${clock(start)}–${clock(end)}`;
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "30. 11." / "30 Nov". */
export function shortDate(iso: string, lang: string): string {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'en' ? `${d} ${monthsEn[m - 1] ?? ''}` : `${d}. ${m}.`;
}

/** "po 30. 11. 9:00" / "Mon 30 Nov 9:00": a shift named in a sentence. */
export function shiftName(t: TFunction, lang: string, shift: { date: string; start: string }): string {
  return `${t(`weekdays.short.${isoWeekday(shift.date)}`)} ${shortDate(shift.date, lang)} ${clock(shift.start)}`;
}

/** "Pondělí" / "Monday", capitalised for a column heading. */
export function dayHeading(t: TFunction, date: string): string {
  const name = t(`weekdays.long.${isoWeekday(date)}`);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function personName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}
