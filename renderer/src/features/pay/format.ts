import type { PayLineView, PayslipView } from '@contract/payroll.js';
import { minutesText, moneyText, NBSP, percentText } from '@contract/present.js';
import type { TFunction } from 'i18next';
import { parseMoney } from '../../lib/format.js';

/**
 * An amount for the run table, without the currency: the table says once that
 * it counts in crowns, and eight columns of figures fit a 1024 px window.
 */
export function amountText(lang: string, halere: number): string {
  return moneyText(lang, halere).replace(`${NBSP}Kč`, '').replace(`CZK${NBSP}`, '');
}

/** What the screen highlights for a client: new in the run, or figures that changed since the last look. */
export type Highlight = { kind: 'new' } | { kind: 'changed'; changes: NonNullable<PayslipView['changes']> };

/**
 * The highlights of a month's run. Nothing is highlighted before the first
 * look: then every client would be "new".
 */
export function highlightsOf(payslips: readonly PayslipView[], seenAt: string | null): Map<number, Highlight> {
  const map = new Map<number, Highlight>();
  if (seenAt === null) return map;
  for (const slip of payslips) {
    if (slip.changes === null) map.set(slip.clientId, { kind: 'new' });
    else if (slip.changes.length > 0) map.set(slip.clientId, { kind: 'changed', changes: slip.changes });
  }
  return map;
}

const figureKeys = [
  'minutes',
  'shifts',
  'gross',
  'employeeSocial',
  'employeeHealth',
  'tax',
  'net',
  'advances',
  'adjustmentsTotal',
  'remainder',
  'toPay',
] as const;
type FigureKey = (typeof figureKeys)[number];
const isFigureKey = (key: string): key is FigureKey => (figureKeys as readonly string[]).includes(key);

/** One changed figure as words: "hrubá mzda 403,20 Kč → 806,40 Kč". */
export function changeText(t: TFunction, lang: string, change: { key: string; before: number; after: number }): string {
  const value = (amount: number) =>
    change.key === 'minutes' ? minutesText(amount) : change.key === 'shifts' ? String(amount) : moneyText(lang, amount);
  return t('pay.changes.item', {
    figure: isFigureKey(change.key) ? t(`pay.figures.${change.key}`) : change.key,
    before: value(change.before),
    after: value(change.after),
  });
}

/** What a pay line was computed from, in words: "3 h × 134,40 Kč", "6,5 % z 403,20 Kč". */
export function basisText(t: TFunction, lang: string, line: PayLineView): string {
  const { minutes, hourlyRate, base, rateBp, ofRateBp } = line.basis;
  const money = (amount: number) => moneyText(lang, amount);
  if (line.key === 'insuranceThreshold' && base !== undefined) {
    return t(base >= line.amount ? 'pay.lines.basis.reached' : 'pay.lines.basis.notReached', { base: money(base) });
  }
  if (minutes !== undefined && hourlyRate !== undefined) {
    return t('pay.lines.basis.hours', { minutes: minutesText(minutes), rate: money(hourlyRate) });
  }
  if (rateBp !== undefined && base !== undefined) {
    return ofRateBp === undefined
      ? t('pay.lines.basis.rate', { rate: percentText(lang, rateBp), base: money(base) })
      : t('pay.lines.basis.share', {
          rate: percentText(lang, rateBp),
          of: percentText(lang, ofRateBp),
          base: money(base),
        });
  }
  if (base !== undefined) return t('pay.lines.basis.base', { base: money(base) });
  if (minutes !== undefined) return minutesText(minutes);
  return '';
}

/** A signed amount as typed: "150", "-150,50", "− 20" → haléře; null when it is not one. */
export function parseSignedMoney(text: string): number | null {
  const trimmed = text.trim().replace(/^[−–]/, '-');
  const negative = trimmed.startsWith('-');
  const amount = parseMoney(negative ? trimmed.slice(1) : trimmed);
  if (amount === null) return null;
  return negative ? -amount : amount;
}
