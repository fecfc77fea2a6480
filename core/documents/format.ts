/**
 * Money, date and duration formatting for printed documents.
 *
 * Written by hand rather than with Intl: ICU differs between Node and the Electron
 * build (en-GB prints "Sept" since ICU 72, separators have changed between narrow and
 * normal no-break spaces), and a reprinted agreement or payslip must come out the same.
 *
 * Czech output joins a number to its unit and the parts of a date with a no-break
 * space (U+00A0), so a line never ends between "1 714,00" and "Kč"; Liberation Sans
 * has the glyph, and pdftotext gives it back as a plain space.
 */
import type { Locale } from '../contract/i18n.js';

export const NBSP = '\u00a0';

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Haléře (integer) as "1 714,00 Kč" (cs) or "CZK 1,714.00" (en). */
export function formatMoney(halere: number, lang: Locale): string {
  if (!Number.isSafeInteger(halere)) {
    throw new RangeError(`Money must be a whole number of haléře, got ${halere}`);
  }
  const sign = halere < 0 ? '-' : '';
  const abs = Math.abs(halere);
  const crowns = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  if (lang === 'cs') return `${sign}${groupThousands(crowns, NBSP)},${cents}${NBSP}Kč`;
  return `${sign}CZK${NBSP}${groupThousands(crowns, ',')}.${cents}`;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO local date 'YYYY-MM-DD' as "24. 11. 2026" (cs) or "24 Nov 2026" (en). */
export function formatDate(iso: string, lang: Locale): string {
  const m = isoDate.exec(iso);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`Not an ISO date: ${iso}`);
  const day = Number(m[3]);
  if (lang === 'cs') return `${day}.${NBSP}${month}.${NBSP}${m[1]}`;
  return `${day}${NBSP}${monthsEn[month - 1]}${NBSP}${m[1]}`;
}

/** Whole minutes as "3 h", "2 h 30 min" or "45 min"; the same in both languages. */
export function formatMinutes(minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new RangeError(`Minutes must be a whole number ≥ 0, got ${minutes}`);
  }
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  if (h === 0) return `${min}${NBSP}min`;
  if (min === 0) return `${h}${NBSP}h`;
  return `${h}${NBSP}h${NBSP}${min}${NBSP}min`;
}
