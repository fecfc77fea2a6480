import { dateText, monthText } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { monthClosed } from '../payroll/index.js';

/**
 * Whether a day's arrivals and work records are in a closed pay month and can
 * never change. Every write at the desk (an outcome, a work record, an undo)
 * asks here, so a closed month is locked through every door.
 */
export function workRecordLocked(ctx: Ctx, date: string): boolean {
  return monthClosed(ctx, date);
}

/** Refuses a change to a day of a closed pay month, naming the day and the month. */
export function requireDayOpen(ctx: Ctx, date: string, field: string): void {
  if (workRecordLocked(ctx, date)) {
    throw new DomainError(
      'attendance.locked',
      { date: dateText(ctx.locale, date), month: monthText(ctx.locale, date.slice(0, 7)) },
      field,
    );
  }
}
