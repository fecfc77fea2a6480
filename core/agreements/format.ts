/** Values as people read them, for error messages in the caller's language. */
import type { Locale } from '../contract/i18n.js';
import { translate } from '../contract/i18n.js';
import { formatDate, formatMinutes, formatMoney } from '../documents/format.js';

export const dateText = (locale: Locale, iso: string) => formatDate(iso, locale);
export const moneyText = (locale: Locale, halere: number) => formatMoney(halere, locale);
export const minutesText = (minutes: number) => formatMinutes(minutes);

/** "1. 12. 2026 – 31. 12. 2027", or "od 1. 12. 2026 na dobu neurčitou". */
export function periodText(locale: Locale, from: string, to: string | null): string {
  return to === null
    ? translate(locale, 'agreement.periodFrom', { from: dateText(locale, from) })
    : translate(locale, 'agreement.period', { from: dateText(locale, from), to: dateText(locale, to) });
}
