import { getTableColumns } from 'drizzle-orm';
import type { Locale } from '../contract/i18n.js';
import { findMessage, translate } from '../contract/i18n.js';
import { dateText, minutesText, moneyText, percentText } from '../contract/present.js';
import { auditedByName } from './audited.js';

/** Columns in haléře, basis points and minutes (the schema's units), read as the screens show them. */
const moneyColumns =
  /^(amount|gross|net|to_pay|hourly_rate|min_wage_\w+|insurance_threshold_monthly|taxpayer_credit_monthly|advance_tax_rounding_limit)$/;
const rateColumns = /(_rate|_bp)$/;
const minuteColumns = /(^minutes$|_minutes$)/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The field's name as the forms call it, else the log's own word, else the column itself. */
export function columnLabel(locale: Locale, column: string): string {
  return findMessage(locale, `fields.${camel(column)}`) ?? column;
}

export function recordLabel(locale: Locale, table: string): string {
  return findMessage(locale, `privacy.records.${table}`) ?? table;
}

function isBooleanColumn(table: string, column: string): boolean {
  const entry = auditedByName.get(table);
  if (!entry) return false;
  return Object.values(getTableColumns(entry.table)).some((c) => c.name === column && c.columnType === 'SQLiteBoolean');
}

/** One logged value in the coordinator's words: money as money, dates as dates, yes or no. */
export function valueText(locale: Locale, table: string, column: string, value: unknown, redacted: boolean): string {
  if (value === null || value === undefined) {
    return translate(locale, redacted ? 'privacy.values.redacted' : 'privacy.values.empty');
  }
  if (typeof value === 'object') return translate(locale, 'privacy.values.masked');
  if (typeof value === 'number') {
    if (isBooleanColumn(table, column)) return translate(locale, value ? 'privacy.values.yes' : 'privacy.values.no');
    if (moneyColumns.test(column)) return moneyText(locale, value);
    if (rateColumns.test(column)) return percentText(locale, value);
    if (minuteColumns.test(column)) return minutesText(Math.max(0, value));
    return String(value);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return isoDay.test(text) ? dateText(locale, text) : text;
}
