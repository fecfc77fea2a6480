import type { csCash } from '../cs/cash.js';
import type { Shape } from '../shape.js';

/** English texts of the cash book, the receipts and the advances. */
export const enCash: Shape<typeof csCash> = {
  errors: {
    alreadyStarted:
      'The cash book has already started ({{date}}); the opening balance is entered once, before any other entry.',
    beforeStart: 'The cash book starts on {{start}}; an entry for {{date}} does not belong in it.',
    futureDate: '{{date}} has not come yet; the cash book records only what has happened.',
    wouldGoNegative:
      'Paying out {{amount}} would leave the cash box with a negative balance ({{balance}} on {{date}}). Bring cash from the bank first, or confirm the payout explicitly.',
    alreadyCancelled: 'Receipt {{number}} is already cancelled ({{reason}}).',
  },
  validation: {
    month: 'Enter the month as YYYY-MM.',
    positiveAmount: 'The amount must be more than zero.',
  },
  fields: {
    amount: 'Amount',
    month: 'Month',
    purpose: 'What it is for',
    allowNegative: 'Negative balance confirmed',
    from: 'From',
  },
};
