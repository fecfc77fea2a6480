/**
 * Values as people read them — money, dates, clock times, weeks, names, counts —
 * the same on the screens, in the CLI's messages and in printed documents.
 *
 * Money and dates are written by hand rather than with Intl: ICU differs between
 * Node and Chromium/Electron (en-GB prints "Sept" since ICU 72, separators have
 * changed between narrow and normal no-break spaces), and a reprinted agreement
 * or payslip must come out the same. Only plural rules come from Intl (see plural.ts).
 *
 * A number is joined to its unit, and the parts of a date to each other, with a
 * no-break space (U+00A0), so a line never ends between "1 714,00" and "Kč";
 * Liberation Sans has the glyph, and pdftotext gives it back as a plain space.
 */
import { isoWeekday, isoWeekOf } from './dates.js';
import { defaultLocale, isLocale, translate, type Locale } from './i18n.js';
import { czechFrom } from './plural.js';

export const NBSP = '\u00a0';

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The screens pass i18next's language (a plain string); anything unknown reads as the default. */
function asLocale(lang: string): Locale {
  return isLocale(lang) ? lang : defaultLocale;
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Haléře (integer) as "1 714,00 Kč" (cs) or "CZK 1,714.00" (en). */
export function moneyText(lang: string, halere: number): string {
  if (!Number.isSafeInteger(halere)) {
    throw new RangeError(`Money must be a whole number of haléře, got ${halere}`);
  }
  const sign = halere < 0 ? '-' : '';
  const abs = Math.abs(halere);
  const crowns = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  if (asLocale(lang) === 'cs') return `${sign}${groupThousands(crowns, NBSP)},${cents}${NBSP}Kč`;
  return `${sign}CZK${NBSP}${groupThousands(crowns, ',')}.${cents}`;
}

/** Hundredths (an integer) as a decimal without trailing zeros: 750 → "7,5" (cs) / "7.5" (en). */
function hundredths(lang: string, value: number): string {
  const abs = Math.abs(value);
  const rest = abs % 100;
  const fraction = rest === 0 ? '' : String(rest).padStart(2, '0').replace(/0$/, '');
  const separator = asLocale(lang) === 'cs' ? ',' : '.';
  return `${value < 0 ? '-' : ''}${Math.floor(abs / 100)}${fraction ? separator + fraction : ''}`;
}

/** Basis points as a percentage: 710 → "7,1 %" (cs, with a no-break space) / "7.1%" (en). */
export function percentText(lang: string, basisPoints: number): string {
  const number = hundredths(lang, Math.round(basisPoints));
  return asLocale(lang) === 'cs' ? `${number}${NBSP}%` : `${number}%`;
}

/** Whole minutes as hours with up to two decimals, for "7,5 h týdně": 450 → "7,5". */
export function hoursText(lang: string, minutes: number): string {
  return hundredths(lang, Math.round((minutes * 100) / 60));
}

/** Whole minutes as "3 h", "2 h 30 min" or "45 min"; the same in both languages. */
export function minutesText(minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new RangeError(`Minutes must be a whole number ≥ 0, got ${minutes}`);
  }
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  if (h === 0) return `${min}${NBSP}min`;
  if (min === 0) return `${h}${NBSP}h`;
  return `${h}${NBSP}h${NBSP}${min}${NBSP}min`;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/;

function dateParts(iso: string): { y: string; m: number; d: number } {
  const match = isoDate.exec(iso);
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12) throw new RangeError(`Not an ISO date: ${iso}`);
  return { y: match[1] ?? '', m, d: Number(match[3]) };
}

/** ISO local date 'YYYY-MM-DD' as "24. 11. 2026" (cs) or "24 Nov 2026" (en). */
export function dateText(lang: string, iso: string): string {
  const { y, m, d } = dateParts(iso);
  if (asLocale(lang) === 'cs') return `${d}.${NBSP}${m}.${NBSP}${y}`;
  return `${d}${NBSP}${monthsEn[m - 1] ?? ''}${NBSP}${y}`;
}

/** The day without the year, for headings of a week: "30. 11." / "30 Nov". */
export function shortDateText(lang: string, iso: string): string {
  const { m, d } = dateParts(iso);
  return asLocale(lang) === 'cs' ? `${d}.${NBSP}${m}.` : `${d}${NBSP}${monthsEn[m - 1] ?? ''}`;
}

type WeekdayNumber = '1' | '2' | '3' | '4' | '5' | '6' | '7';

/** An ISO weekday (1 = Monday … 7 = Sunday) as "pondělí" / "Monday"; `short` gives "po" / "Mon". */
export function weekdayName(lang: string, weekday: number, form: 'long' | 'short' = 'long'): string {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) throw new RangeError(`Not a weekday: ${weekday}`);
  return translate(asLocale(lang), `weekdays.${form}.${String(weekday) as WeekdayNumber}`);
}

/** The weekday of an ISO date: "pondělí" / "Monday". */
export function weekdayText(lang: string, iso: string, form: 'long' | 'short' = 'long'): string {
  return weekdayName(lang, isoWeekday(iso), form);
}

/** An ISO weekday as "Pondělí" / "Monday", capitalised for a heading. */
export function weekdayHeading(lang: string, weekday: number): string {
  const name = weekdayName(lang, weekday);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** '09:00' → '9:00', as people write it. */
export function clockTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** "9:00 – 12:00", kept on one line. */
export function timeRange(start: string, end: string): string {
  return `${clockTime(start)}${NBSP}–${NBSP}${clockTime(end)}`;
}

/** Weekday and date without the year: shifts are at most a few weeks away. "po 30. 11." */
export function dayLabel(lang: string, iso: string): string {
  return `${weekdayText(lang, iso, 'short')} ${shortDateText(lang, iso)}`;
}

/** A shift named in a sentence: "po 30. 11. 9:00" / "Mon 30 Nov 9:00". */
export function shiftLabel(lang: string, shift: { date: string; startTime: string }): string {
  return `${dayLabel(lang, shift.date)} ${clockTime(shift.startTime)}`;
}

/** "49", or "1/2027" when the week belongs to another year than today. */
export function weekLabel(date: string, today: string): string {
  const { year, week } = isoWeekOf(date);
  return year === isoWeekOf(today).year ? String(week) : `${week}/${year}`;
}

/** "Řehoř Šťastný": first name first, as a person is named in a sentence or on paper. */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** "Šťastný Řehoř": surname first, as lists are sorted and read. */
export function listName(person: { firstName: string; lastName: string }): string {
  return `${person.lastName} ${person.firstName}`;
}

/** "1. 12. 2026 – 31. 12. 2027", or "od 1. 12. 2026 na dobu neurčitou". */
export function periodText(lang: string, from: string, to: string | null): string {
  const locale = asLocale(lang);
  return to === null
    ? translate(locale, 'present.periodFrom', { from: dateText(locale, from) })
    : translate(locale, 'present.period', { from: dateText(locale, from), to: dateText(locale, to) });
}

/** "1 den", "3 dny", "5 dní" / "1 day", "3 days". */
export function daysText(lang: string, count: number): string {
  return translate(asLocale(lang), 'present.days', { count });
}

/** "1 týden", "3 týdny", "52 týdnů" / "1 week", "52 weeks". */
export function weeksText(lang: string, count: number): string {
  return translate(asLocale(lang), 'present.weeks', { count });
}

/** Whole minutes in words: "3 hodiny", "2 hodiny 30 minut" / "3 hours", "2 hours 30 minutes". */
export function durationText(lang: string, minutes: number): string {
  const locale = asLocale(lang);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(translate(locale, 'present.hours', { count: h }));
  if (m > 0 || h === 0) parts.push(translate(locale, 'present.minutes', { count: m }));
  return parts.join(' ');
}

/** "4 ze 4", "5 z 5" / "4 of 4": a part of a whole, with Czech "z/ze" chosen by sound. */
export function outOfText(lang: string, part: number, whole: number): string {
  return translate(asLocale(lang), 'present.outOf', { part, whole, from: czechFrom(whole) });
}

const monthNames = {
  cs: [
    'leden',
    'únor',
    'březen',
    'duben',
    'květen',
    'červen',
    'červenec',
    'srpen',
    'září',
    'říjen',
    'listopad',
    'prosinec',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** A `YYYY-MM` month as "listopad 2026" / "November 2026" (the Czech nominative also reads right after "za"). */
export function monthText(lang: string, month: string): string {
  const { y, m } = dateParts(`${month}-01`);
  return `${monthNames[asLocale(lang)][m - 1] ?? ''}${NBSP}${y}`;
}
