/**
 * The month's pay for the accountant: the totals the payroll and the
 * insurance and tax reports need, the employees to register for insurance,
 * and every employee's figures on one line.
 */
import type { Locale } from '../../contract/i18n.js';
import { dateText, fullName, hoursText, listName, moneyText } from '../../contract/present.js';
import {
  heading,
  keyValues,
  letterhead,
  paragraph,
  table,
  type PdfDoc,
  type TableCell,
  type TableColumn,
} from '../../documents/index.js';
import type { DocumentTemplate } from '../../documents/registry.js';
import type { MonthSheetData, SummaryRow } from './data.js';
import { monthSheetTemplate, titleBlock } from './month-sheet.js';
import { monthTexts, type MonthTexts } from './texts-month.js';

type Summed = { [K in keyof SummaryRow]: SummaryRow[K] extends number ? K : never }[keyof SummaryRow];

function sum(rows: readonly SummaryRow[], key: Summed, keep: (row: SummaryRow) => boolean = () => true): number {
  return rows.filter(keep).reduce((total, row) => total + row[key], 0);
}

/** What the table's totals row cannot show: tax by regime, corrections, and how the rest is paid. */
function totals(t: MonthTexts, lang: Locale, data: MonthSheetData): [string, string][] {
  const rows = data.rows;
  const money = (value: number) => moneyText(lang, value);
  const toPay = (row: SummaryRow) => row.remainder > 0;
  return [
    [t.clients, String(rows.length)],
    [t.withholdingTax, money(sum(rows, 'tax', (row) => row.taxRegime === 'withholding'))],
    [t.advanceTax, money(sum(rows, 'tax', (row) => row.taxRegime === 'advance'))],
    [t.adjustments, money(sum(rows, 'adjustments'))],
    [t.rounding, money(sum(rows, 'rounding'))],
    [t.remainder, money(sum(rows, 'remainder', toPay))],
    [t.cashRemainder, money(sum(rows, 'remainder', (row) => toPay(row) && row.payment.way === 'cash'))],
    [t.bankRemainder, money(sum(rows, 'remainder', (row) => toPay(row) && row.payment.way === 'bank'))],
    [t.overAdvancedTotal, money(-sum(rows, 'remainder', (row) => !toPay(row)))],
  ];
}

function columns(t: MonthTexts): TableColumn[] {
  const c = t.summaryColumns;
  const amount = (header: string, width = 62): TableColumn => ({ header, width, align: 'right', maxLines: 1 });
  return [
    { header: c.client, flex: 1, maxLines: 2 },
    amount(c.hours, 40),
    amount(c.gross),
    { header: c.employeeInsurance, width: 92, align: 'right', maxLines: 2 },
    { header: c.employerInsurance, width: 104, align: 'right', maxLines: 2 },
    { header: c.tax, width: 68, align: 'right', maxLines: 2 },
    amount(c.net),
    amount(c.advances),
    amount(c.remainder),
    { header: c.payment, width: 44, maxLines: 1 },
  ];
}

type Figures = Pick<
  SummaryRow,
  | 'minutes'
  | 'gross'
  | 'employeeSocial'
  | 'employeeHealth'
  | 'employerSocial'
  | 'employerHealth'
  | 'tax'
  | 'net'
  | 'advances'
  | 'remainder'
>;

/** The figures' cells; `regime` is written under the tax (the totals row has none). */
function cellsOf(lang: Locale, row: Figures, regime: string | null): string[] {
  const money = (value: number) => moneyText(lang, value);
  return [
    hoursText(lang, row.minutes),
    money(row.gross),
    `${money(row.employeeSocial)}\n${money(row.employeeHealth)}`,
    `${money(row.employerSocial)}\n${money(row.employerHealth)}`,
    regime === null ? money(row.tax) : `${money(row.tax)}\n${regime}`,
    money(row.net),
    money(row.advances),
    money(row.remainder),
  ];
}

function rows(t: MonthTexts, lang: Locale, data: MonthSheetData): TableCell[][] {
  const all = data.rows;
  const body = all.map((row) => [
    `${listName(row.client)}\n${row.client.code}`,
    ...cellsOf(lang, row, t.regimeShort[row.taxRegime]),
    t.paymentShort[row.payment.way],
  ]);
  const figures: (keyof Figures)[] = [
    'minutes',
    'gross',
    'employeeSocial',
    'employeeHealth',
    'employerSocial',
    'employerHealth',
    'tax',
    'net',
    'advances',
    'remainder',
  ];
  const sums = Object.fromEntries(figures.map((key) => [key, sum(all, key)])) as Figures;
  const total = cellsOf(lang, sums, null).map((text): TableCell => ({ text, bold: true }));
  return [...body, [{ text: t.total, bold: true }, ...total, null]];
}

function drawSummary(doc: PdfDoc, data: MonthSheetData, title: string): void {
  const t = monthTexts(doc.lang);
  const lang = doc.lang;
  letterhead(doc, { name: data.employer.name, address: data.employer.address, ico: data.employer.ico });
  titleBlock(doc, title, data.closed, t.draft);
  table(doc, columns(t), rows(t, lang, data), { zebra: true, fontSize: 8 });
  heading(doc, t.totals, 2);
  keyValues(doc, totals(t, lang, data), { labelWidth: 220 });
  if (data.registrations.length > 0) {
    heading(doc, t.registrations, 2);
    paragraph(doc, t.registrationIntro);
    keyValues(
      doc,
      data.registrations.map((r) => [
        fullName(r.client),
        r.deadline === null ? r.client.code : `${r.client.code}, ${t.registrationBy(dateText(lang, r.deadline))}`,
      ]),
      { labelWidth: 220 },
    );
  }
}

export const summaryTemplate: DocumentTemplate = monthSheetTemplate(
  (t) => ({ title: t.summaryTitle, subject: t.summarySubject }),
  drawSummary,
);
