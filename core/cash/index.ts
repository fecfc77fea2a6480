/**
 * What other domains may use from the cash book: paying cash out against a
 * numbered receipt (the only way money leaves the cash box), the receipt's
 * printed job, and what has been paid towards a month's pay.
 */
export { recordPayout, type Payout } from './payout.js';
export { receiptJob } from './printing.js';
export { paidTowards, receiptView, standingReceipt } from './receipts.js';
