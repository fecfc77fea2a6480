/**
 * The month's summary as a table for the accountant's payroll or bookkeeping
 * program: one row per employee, one column per figure, in CSV and XLSX.
 * Both are built from the same column list, so they cannot disagree.
 *
 * The CSV is what Czech Excel opens with a double click: UTF-8 with a byte
 * order mark (else it reads the file as Windows-1250 and breaks "Řehoř"),
 * fields separated by ";" (the list separator of Czech regional settings, where
 * "," is the decimal mark), amounts with a decimal comma and no thousands
 * separator, lines ending in CRLF.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../../contract/i18n.js';
import { hoursText, monthText } from '../../contract/present.js';
import { jobDate, type DocumentTemplate } from '../../documents/registry.js';
import { monthSheetData, type MonthSheetData, type SummaryRow } from './data.js';
import { monthTexts, type MonthTexts } from './texts-month.js';

type ColumnKey = keyof MonthTexts['exportColumns'];

/** Money in haléře, a count, minutes shown as hours, or text. */
type Cell =
  | { kind: 'money'; value: number }
  | { kind: 'count'; value: number }
  | { kind: 'hours'; value: number }
  | { kind: 'text'; value: string };

const money = (value: number): Cell => ({ kind: 'money', value });
const text = (value: string | null): Cell => ({ kind: 'text', value: value ?? '' });

function cells(t: MonthTexts, month: string, row: SummaryRow): Record<ColumnKey, Cell> {
  return {
    code: text(row.client.code),
    lastName: text(row.client.lastName),
    firstName: text(row.client.firstName),
    month: text(month),
    shifts: { kind: 'count', value: row.shifts },
    hours: { kind: 'hours', value: row.minutes },
    gross: money(row.gross),
    insured: text(row.insured ? t.yes : t.no),
    employeeSocial: money(row.employeeSocial),
    employeeHealth: money(row.employeeHealth),
    employerSocial: money(row.employerSocial),
    employerHealth: money(row.employerHealth),
    taxRegime: text(t.regimeLong[row.taxRegime]),
    taxBase: money(row.taxBase),
    taxBeforeCredit: money(row.taxBeforeCredit),
    taxCredit: money(row.taxCredit),
    tax: money(row.tax),
    net: money(row.net),
    advances: money(row.advances),
    adjustments: money(row.adjustments),
    rounding: money(row.rounding),
    remainder: money(row.remainder),
    payment: text(t.paymentLong[row.payment.way]),
    bankAccount: text(row.payment.bankAccount),
  };
}

/** The columns in their order, with their headers in the document's language. */
function headers(t: MonthTexts): [ColumnKey, string][] {
  return Object.entries(t.exportColumns) as [ColumnKey, string][];
}

/** Haléře as "2016,00" / "-12,40": a decimal comma, no grouping, so a spreadsheet reads a number. */
function decimalComma(halere: number): string {
  const abs = Math.abs(halere);
  return `${halere < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A text field a spreadsheet would run as a formula (a name typed as "=…") is
 * led by an apostrophe, which Excel shows as plain text.
 */
function csvField(cell: Cell): string {
  if (cell.kind === 'money') return decimalComma(cell.value);
  if (cell.kind === 'count') return String(cell.value);
  if (cell.kind === 'hours') return hoursText('cs', cell.value);
  const safe = /^[=+\-@\t\r]/.test(cell.value) ? `'${cell.value}` : cell.value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function summaryCsv(lang: Locale, data: MonthSheetData): string {
  const t = monthTexts(lang);
  const columns = headers(t);
  const lines = [columns.map(([, header]) => csvField(text(header))).join(';')];
  for (const row of data.rows) {
    const values = cells(t, data.month, row);
    lines.push(columns.map(([key]) => csvField(values[key])).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const summaryCsvTemplate: DocumentTemplate = (job) => {
  const data = monthSheetData.parse(job.data);
  return Promise.resolve(Buffer.from(summaryCsv(job.lang, data), 'utf8'));
};

const formats: Record<Exclude<Cell['kind'], 'text'>, string> = {
  money: '#,##0.00',
  count: '0',
  hours: '0.##',
};

/**
 * Spreadsheet numbers are floating point; amounts leave haléře only here, as
 * crowns with two decimals, the one place a payroll figure becomes a float.
 */
function xlsxValue(cell: Cell): string | number {
  if (cell.kind === 'money') return cell.value / 100;
  if (cell.kind === 'hours') return cell.value / 60;
  return cell.value;
}

export const summaryXlsxTemplate: DocumentTemplate = async (job) => {
  const data = monthSheetData.parse(job.data);
  const t = monthTexts(job.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.employer.name;
  workbook.title = `${t.summaryTitle(monthText(job.lang, data.month))}`;
  workbook.created = jobDate(job);
  workbook.modified = jobDate(job);
  const sheet = workbook.addWorksheet(`${t.sheetName} ${data.month}`, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const columns = headers(t);
  const sample = data.rows[0] === undefined ? null : cells(t, data.month, data.rows[0]);
  sheet.columns = columns.map(([key, header]) => {
    const kind = sample?.[key].kind ?? 'text';
    return {
      header,
      key,
      width: Math.max(10, header.length + 2),
      ...(kind === 'text' ? {} : { style: { numFmt: formats[kind] } }),
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of data.rows) {
    const values = cells(t, data.month, row);
    sheet.addRow(Object.fromEntries(columns.map(([key]) => [key, xlsxValue(values[key])])));
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
};
