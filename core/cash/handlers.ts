import type { cashMethods } from '../contract/cash.js';
import type { Handlers } from '../api/handler.js';
import { loadBook } from './book.js';
import { setOpeningBalance, topUp } from './entries.js';
import { cancelReceipt } from './payout.js';
import { bookJob, receiptJob } from './printing.js';
import { receiptView } from './receipts.js';

export const cashHandlers: Handlers<typeof cashMethods> = {
  'cash.book': ({ from, to }, ctx) => loadBook(ctx, from, to),
  'cash.setOpeningBalance': (input, ctx) => setOpeningBalance(ctx, input),
  'cash.topUp': (input, ctx) => topUp(ctx, input),
  'cash.receipt': ({ id }, ctx) => receiptView(ctx, id),
  'cash.cancelReceipt': ({ id, reason }, ctx) => cancelReceipt(ctx, id, reason),
  'cash.printReceipt': ({ id, lang }, ctx) => receiptJob(ctx, id, lang ?? ctx.locale),
  'cash.printDay': ({ date, lang }, ctx) => bookJob(ctx, { day: date }, lang ?? ctx.locale),
  'cash.printMonth': ({ month, lang }, ctx) => bookJob(ctx, { month }, lang ?? ctx.locale),
};
