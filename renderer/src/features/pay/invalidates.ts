/** Closing locks the month's shift days and advances: every read of them changes. */
export const closeInvalidates = ['payroll.', 'attendance.', 'advances.', 'cash.'];

/** A payday payout is a cash-book entry: the book and the advances' cash balance change with it. */
export const paidInvalidates = ['payroll.', 'cash.', 'advances.'];
