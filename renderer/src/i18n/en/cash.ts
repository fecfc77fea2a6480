import type { Shape } from '@contract/messages/shape.js';
import type { csCash } from '../cs/cash.js';

/** English texts of the screens: the cash book. */
export const enCash: Shape<typeof csCash> = {
  cash: {
    title: 'Cash book',
    balanceNow: 'The cash box holds',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    thisMonth: 'This month',
    monthStart: 'Balance at the start of the month',
    monthEnd: 'Balance at the end of the month',
    received: 'Received',
    paidOut: 'Paid out',
    printDay: 'Print day',
    printMonth: 'Print month',
    printDayLabel: 'Day to print',
    empty: 'The cash book has no entries in this month.',
    notStarted:
      'The cash book has not started yet. Count the cash in the box and enter it as the opening balance; every later entry follows from it.',
    opening: { title: 'Opening balance', submit: 'Enter the opening balance', done: 'Opening balance recorded' },
    topUp: { title: 'Cash from the bank', submit: 'Record the top-up', done: 'Top-up recorded' },
    columns: {
      date: 'Date',
      kind: 'Kind',
      receipt: 'Receipt',
      who: 'Paid to / note',
      amount: 'Amount',
      balance: 'Balance',
      actions: 'Actions',
    },
    kinds: {
      opening: 'Opening balance',
      topUp: 'Top-up from the bank',
      advance: 'Advance',
      payday: 'Payday',
      cancellation: 'Receipt cancelled',
    },
    cancelledMark: 'cancelled',
    printReceipt: 'Print receipt {{number}}',
    cancelReceipt: 'Cancel receipt {{number}}',
    cancel: {
      title: 'Cancel receipt {{number}}',
      text: 'The receipt stays in the book marked as cancelled, and {{amount}} goes back into the cash box with an entry dated today. If the payout was right and only the paper was wrong, issue a new one afterwards.',
      submit: 'Cancel the receipt',
      done: 'Receipt {{number}} is cancelled.',
    },
  },
};
