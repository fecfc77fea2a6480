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

function columnOf(table: string, column: string) {
  const entry = auditedByName.get(table);
  return entry ? Object.values(getTableColumns(entry.table)).find((c) => c.name === column) : undefined;
}

const isoMoment = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/**
 * Links between rows (the record's own id, its client's, its shift's): the log
 * names the record and the client already, so an inserted or deleted row shows
 * them only in the JSON export. An update that moves a link still shows it.
 */
export function isLinkColumn(column: string): boolean {
  return column === 'id' || column.endsWith('_id');
}

/** One logged value in the coordinator's words: money as money, dates as dates, yes or no. */
export function valueText(locale: Locale, table: string, column: string, value: unknown, redacted: boolean): string {
  if (value === null || value === undefined) {
    return translate(locale, redacted ? 'privacy.values.redacted' : 'privacy.values.empty');
  }
  if (typeof value === 'object') return translate(locale, 'privacy.values.masked');
  if (typeof value === 'number') {
    if (columnOf(table, column)?.columnType === 'SQLiteBoolean') {
      return translate(locale, value ? 'privacy.values.yes' : 'privacy.values.no');
    }
    if (moneyColumns.test(column)) return moneyText(locale, value);
    if (rateColumns.test(column)) return percentText(locale, value);
    if (minuteColumns.test(column)) return minutesText(Math.max(0, value));
    return String(value);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === '[]') return translate(locale, 'privacy.values.empty');
  const codes: readonly string[] | undefined = columnOf(table, column)?.enumValues as readonly string[] | undefined;
  if (codes?.includes(text)) return findMessage(locale, `privacy.codes.${text}`) ?? text;
  const moment = isoMoment.exec(text);
  if (moment) return `${dateText(locale, moment[1] ?? '')} ${moment[2] ?? ''}`;
  return isoDay.test(text) ? dateText(locale, text) : text;
}
