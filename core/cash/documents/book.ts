/**
 * The cash book of a day or a month for the accountant: the balance at the
 * start, every entry with the balance after it, the totals and the balance at
 * the end, and a line for the signature of whoever keeps the book.
 */
import { dateText, moneyText } from '../../contract/present.js';
import {
  heading,
  keyValues,
  paragraph,
  renderPdf,
  signatures,
  table,
  type PdfDoc,
  type TableCell,
  type TableColumn,
} from '../../documents/index.js';
import { jobDate, type DocumentTemplate } from '../../documents/registry.js';
import { bookPrintSchema, type BookPrint } from './data.js';
import { cashTexts, type CashTexts } from './texts.js';

function columns(t: CashTexts): TableColumn[] {
  return [
    { header: t.columns.date, width: 68, maxLines: 1 },
    { header: t.columns.receipt, width: 64, maxLines: 2 },
    { header: t.columns.kind, width: 104, maxLines: 2 },
    { header: t.columns.detail, flex: 1, maxLines: 2 },
    { header: t.columns.income, width: 66, align: 'right', maxLines: 1 },
    { header: t.columns.expense, width: 66, align: 'right', maxLines: 1 },
    { header: t.columns.balance, width: 70, align: 'right', maxLines: 1 },
  ];
}

function rows(t: CashTexts, lang: 'cs' | 'en', data: BookPrint): TableCell[][] {
  return data.entries.map((e) => {
    const receipt = e.receiptNumber === null ? null : e.receiptNumber;
    const marked = receipt !== null && e.receiptCancelled ? `${receipt} (${t.cancelledMark})` : receipt;
    const detail = [e.clientName, e.note].filter(Boolean).join(' – ');
    return [
      dateText(lang, e.date),
      marked,
      t.kinds[e.kind],
      detail,
      e.amount > 0 ? moneyText(lang, e.amount) : null,
      e.amount < 0 ? moneyText(lang, -e.amount) : null,
      { text: moneyText(lang, e.balance), bold: true },
    ];
  });
}

function periodTitle(t: CashTexts, lang: 'cs' | 'en', data: BookPrint): string {
  return data.period === 'day' ? dateText(lang, data.from) : t.monthName(data.from.slice(0, 7));
}

function drawBook(doc: PdfDoc, data: BookPrint): void {
  const t = cashTexts(doc.lang);
  const lang = doc.lang;
  if (data.organisation) paragraph(doc, data.organisation, { muted: true, after: 2 });
  heading(doc, `${t.bookTitle} – ${periodTitle(t, lang, data)}`, 1);
  keyValues(doc, [
    [t.opening, moneyText(lang, data.openingBalance)],
    [t.received, moneyText(lang, data.received)],
    [t.paidOut, moneyText(lang, data.paidOut)],
    [t.closing, moneyText(lang, data.closingBalance)],
  ]);
  if (data.entries.length === 0) paragraph(doc, t.noEntries, { bold: true });
  else table(doc, columns(t), rows(t, lang, data), { zebra: true });
  signatures(doc, [{ role: t.keeperRole, name: '' }]);
}

export const bookTemplate: DocumentTemplate = (job, env) => {
  const data = bookPrintSchema.parse(job.data);
  const t = cashTexts(job.lang);
  const title = `${t.bookTitle} – ${periodTitle(t, job.lang, data)}`;
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      layout: 'landscape',
      title,
      author: data.organisation ?? 'Shiftbook',
      subject: data.period === 'day' ? t.daySubject : t.monthSubject,
      lang: job.lang,
      createdAt: jobDate(job),
      footerText: [title, data.organisation].filter(Boolean).join(' · '),
    },
    (doc) => drawBook(doc, data),
  );
};
