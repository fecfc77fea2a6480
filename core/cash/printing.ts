/** The cash documents' jobs: a receipt as it was issued, the book of a day or a month. */
import type { Locale } from '../contract/i18n.js';
import { lastDayOf } from '../pay/index.js';
import { foldText } from '../contract/text.js';
import type { Ctx } from '../api/context.js';
import type { DocumentJob } from '../documents/registry.js';
import { loadEmployer } from '../settings/index.js';
import { loadBook } from './book.js';
import { cashTemplateNames, type BookPrint, type ReceiptPrint } from './documents/data.js';
import { cashTexts } from './documents/texts.js';
import { receiptData, receiptRow } from './receipts.js';

function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A receipt prints the data it was issued with, and whether it has been cancelled since. */
export function receiptJob(ctx: Ctx, id: number, lang: Locale): DocumentJob {
  const row = receiptRow(ctx, id);
  const receipt = receiptData(row);
  const replaces = row.replacesId === null ? null : receiptRow(ctx, row.replacesId).number;
  const data: ReceiptPrint = {
    receipt,
    cancelled: row.cancelledAt === null ? null : { reason: row.cancelReason ?? '', at: row.cancelledAt },
    replacesNumber: replaces,
  };
  const t = cashTexts(lang);
  const fileName = `${slug(`${t.fileReceipt} ${row.number} ${receipt.client.lastName} ${receipt.client.firstName}`)}.pdf`;
  return { template: cashTemplateNames.receipt, fileName, lang, createdAt: row.createdAt, data };
}

export function bookJob(ctx: Ctx, period: { day: string } | { month: string }, lang: Locale): DocumentJob {
  const [from, to] = 'day' in period ? [period.day, period.day] : [`${period.month}-01`, lastDayOf(period.month)];
  const book = loadBook(ctx, from, to);
  const data: BookPrint = {
    period: 'day' in period ? 'day' : 'month',
    from,
    to,
    organisation: loadEmployer(ctx).name,
    openingBalance: book.openingBalance,
    closingBalance: book.closingBalance,
    received: book.received,
    paidOut: book.paidOut,
    entries: book.entries.map((e) => ({
      date: e.date,
      kind: e.kind,
      amount: e.amount,
      balance: e.balance,
      clientName: e.clientName,
      receiptNumber: e.receiptNumber,
      receiptCancelled: e.receiptCancelled,
      note: e.note,
    })),
  };
  const name = 'day' in period ? period.day : period.month;
  return {
    template: cashTemplateNames.book,
    fileName: `${cashTexts(lang).fileBook}-${name}.pdf`,
    lang,
    createdAt: ctx.timestamp(),
    data,
  };
}
