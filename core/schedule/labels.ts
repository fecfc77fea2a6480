import { isoWeekday, isoWeekOf } from '../contract/dates.js';
import { translate, type Locale } from '../contract/i18n.js';

/** Words for messages: "po 30. 11. 9:00" / "Mon 30 Nov 9:00". */

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '09:00' → '9:00', as people write it. */
export function clockTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** Weekday and date without the year: shifts are at most a few weeks away. */
export function dayLabel(locale: Locale, date: string): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = translate(locale, `weekdays.short.${isoWeekday(date)}`);
  return locale === 'cs' ? `${weekday} ${d}. ${m}.` : `${weekday} ${d} ${monthsEn[m - 1] ?? ''}`;
}

export function shiftLabel(locale: Locale, shift: { date: string; startTime: string }): string {
  return `${dayLabel(locale, shift.date)} ${clockTime(shift.startTime)}`;
}

export function dateLabel(locale: Locale, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return locale === 'cs' ? `${d}. ${m}. ${y}` : `${d} ${monthsEn[m - 1] ?? ''} ${y}`;
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** "49", or "1/2027" when the week belongs to another year than today. */
export function weekLabel(date: string, today: string): string {
  const { year, week } = isoWeekOf(date);
  return year === isoWeekOf(today).year ? String(week) : `${week}/${year}`;
}
