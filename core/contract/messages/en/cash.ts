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
    advancePaid: 'The advance for this shift has already been paid (receipt {{number}}). Cancel a wrong receipt first.',
    advanceDeclined: 'The client declined the advance for this shift; the whole pay comes on payday.',
    advanceWeekOver:
      'The advance for the shift on {{date}} could be paid until {{until}} (the end of the shift’s week). The client gets the rest on payday.',
    advanceNothing:
      'This month’s advances have reached the expected net pay ({{net}}); no further advance can be paid, the rest comes on payday.',
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
