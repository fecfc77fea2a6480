/**
 * The cash payment receipt (výdajový pokladní doklad): number, date, the
 * employer, the recipient, the amount in figures and in words, what it is for,
 * and lines for the payer's and the recipient's signatures. A cancelled one
 * prints crossed with "cancelled" and the reason, so it can be filed as such.
 */
import { amountInWords } from '../../contract/amount-words.js';
import { dateText, fullName, moneyText } from '../../contract/present.js';
import {
  contentLeft,
  contentWidth,
  heading,
  keyValues,
  letterhead,
  paragraph,
  renderPdf,
  signatures,
  type PdfDoc,
} from '../../documents/index.js';
import { jobDate, type DocumentTemplate } from '../../documents/registry.js';
import { colors, fontNames } from '../../documents/theme.js';
import { receiptPrintSchema, type ReceiptData, type ReceiptPrint } from './data.js';
import { cashTexts, type CashTexts } from './texts.js';

export function purposeText(t: CashTexts, lang: 'cs' | 'en', r: ReceiptData): string {
  const month = t.monthName(r.payMonth);
  if (r.kind === 'advance' && r.workDate !== null) return t.advance(dateText(lang, r.workDate), month);
  return t.payday(month);
}

/** A large grey word across the page, under the text: the paper cannot be mistaken for a valid one. */
function stamp(doc: PdfDoc, word: string): void {
  const { pdf } = doc;
  const centreX = contentLeft(doc) + contentWidth(doc) / 2;
  const centreY = pdf.page.height / 3;
  pdf.save();
  pdf.rotate(-20, { origin: [centreX, centreY] });
  pdf.font(fontNames.bold).fontSize(64).fillColor(colors.ruleStrong).fillOpacity(0.35);
  const width = pdf.widthOfString(word);
  pdf.text(word, centreX - width / 2, centreY - 32, { lineBreak: false });
  pdf.restore();
  pdf.fillOpacity(1).fillColor(colors.text).font(fontNames.regular);
}

function drawReceipt(doc: PdfDoc, print: ReceiptPrint): void {
  const t = cashTexts(doc.lang);
  const r = print.receipt;
  const lang = doc.lang;
  letterhead(doc, { name: r.employer.name, address: r.employer.address, ico: r.employer.ico });
  heading(doc, t.receiptTitle(r.number), 1, { keepWithNext: 20 });
  if (print.cancelled) {
    paragraph(doc, t.cancelled(dateText(lang, print.cancelled.at.slice(0, 10)), print.cancelled.reason), {
      bold: true,
    });
  }
  if (print.replacesNumber) paragraph(doc, t.replaces(print.replacesNumber), { muted: true });
  const born = `${t.born} ${dateText(lang, r.client.birthDate)}, ${t.code} ${r.client.code}`;
  keyValues(
    doc,
    [
      [t.date, dateText(lang, r.date)],
      [t.paidTo, `${fullName(r.client)} (${born})`],
      [t.address, r.client.address ?? '.'.repeat(60)],
      [t.amount, moneyText(lang, r.amount)],
      [t.inWords, amountInWords(lang, r.amount)],
      [t.purpose, purposeText(t, lang, r)],
      ...(r.note ? [[t.note, r.note] as const] : []),
    ],
    { labelWidth: 110 },
  );
  signatures(doc, [
    { role: t.payerRole, name: r.payer, date: dateText(lang, r.date) },
    { role: t.recipientRole, name: fullName(r.client), date: dateText(lang, r.date) },
  ]);
  if (print.cancelled) stamp(doc, t.cancelledStamp);
}

export const receiptTemplate: DocumentTemplate = (job, env) => {
  const print = receiptPrintSchema.parse(job.data);
  const t = cashTexts(job.lang);
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      title: t.receiptTitle(print.receipt.number),
      author: print.receipt.employer.name,
      subject: t.receiptSubject,
      lang: job.lang,
      createdAt: jobDate(job),
      footerText: t.receiptFooter(print.receipt.number),
    },
    (doc) => drawReceipt(doc, print),
  );
};
