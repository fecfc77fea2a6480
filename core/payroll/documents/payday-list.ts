/**
 * The payday list (výplatní listina): one row per paid employee with the
 * month's net pay, the advances, corrections and rounding, and what is paid on
 * payday; a cash row leaves room for the employee's signature, a bank row says
 * where the money goes and needs none. The payer signs at the foot.
 */
import type { Locale } from '../../contract/i18n.js';
import { dateText, listName, moneyText } from '../../contract/present.js';
import {
  keyValues,
  paragraph,
  signatures,
  table,
  type PdfDoc,
  type TableCell,
  type TableColumn,
} from '../../documents/index.js';
import type { DocumentTemplate } from '../../documents/registry.js';
import type { MonthSheetData, SummaryRow } from './data.js';
import { monthSheetTemplate, titleBlock } from './month-sheet.js';
import { monthTexts, type MonthTexts } from './texts-month.js';

function columns(t: MonthTexts): TableColumn[] {
  const c = t.paydayColumns;
  return [
    { header: c.number, width: 28, align: 'right', maxLines: 1 },
    { header: c.client, flex: 3, maxLines: 2 },
    { header: c.net, width: 78, align: 'right', maxLines: 1 },
    { header: c.advances, width: 78, align: 'right', maxLines: 1 },
    { header: c.other, width: 78, align: 'right', maxLines: 1 },
    { header: c.remainder, width: 84, align: 'right', maxLines: 1 },
    { header: c.signature, flex: 3, maxLines: 2 },
  ];
}

function signatureCell(t: MonthTexts, lang: Locale, row: SummaryRow): TableCell {
  const paid = row.paid === null ? '' : ` · ${t.paidOn(dateText(lang, row.paid.on))}`;
  if (row.remainder <= 0) return { text: `${t.overAdvanced}${paid}`, muted: true };
  if (row.payment.way === 'bank') return { text: `${t.byBank(row.payment.bankAccount)}${paid}`, muted: true };
  return null;
}

function rows(t: MonthTexts, lang: Locale, data: MonthSheetData): TableCell[][] {
  return data.rows.map((row, index) => [
    String(index + 1),
    `${listName(row.client)}\n${row.client.code}`,
    moneyText(lang, row.net),
    moneyText(lang, row.advances),
    moneyText(lang, row.adjustments + row.rounding),
    { text: moneyText(lang, row.remainder), bold: true },
    signatureCell(t, lang, row),
  ]);
}

function totalOf(data: MonthSheetData, way: 'cash' | 'bank'): number {
  return data.rows
    .filter((row) => row.payment.way === way && row.remainder > 0)
    .reduce((sum, row) => sum + row.remainder, 0);
}

function drawList(doc: PdfDoc, data: MonthSheetData, title: string): void {
  const t = monthTexts(doc.lang);
  const lang = doc.lang;
  paragraph(doc, data.employer.name, { muted: true, after: 2 });
  titleBlock(doc, title, data.closed, t.draft);
  paragraph(doc, t.paydayIntro, { muted: true });
  table(doc, columns(t), rows(t, lang, data), { minRowHeight: 30, grid: true });
  keyValues(doc, [
    [t.cashTotal, moneyText(lang, totalOf(data, 'cash'))],
    [t.bankTotal, moneyText(lang, totalOf(data, 'bank'))],
    ...(data.payday === null ? [] : [[t.payday, dateText(lang, data.payday)] as [string, string]]),
  ]);
  signatures(doc, [{ role: t.payerRole, name: '' }]);
}

export const paydayListTemplate: DocumentTemplate = monthSheetTemplate(
  (t) => ({ title: t.paydayTitle, subject: t.paydaySubject }),
  drawList,
);
