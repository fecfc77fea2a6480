/**
 * What other domains may use from the cash book: paying cash out against a
 * numbered receipt (the only way money leaves the cash box) and cancelling a
 * mistaken one, the receipt's printed job, what has been paid towards a
 * month's pay, and what the cash box holds (so a screen can warn before a
 * payout takes it below zero).
 */
export { currentBalance } from './book.js';
export { cancelReceipt, recordPayout, type Payout } from './payout.js';
export { receiptJob } from './printing.js';
export { paidTowards, paidTowardsMonth, receiptsTowardsMonth, receiptView, standingReceipt } from './receipts.js';
