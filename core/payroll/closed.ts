/** Whether a pay month is closed: the one answer every door that could change a month asks. */
import { sql } from 'drizzle-orm';
import { payrollMonths } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { preparedPerConnection } from '../api/statements.js';
import { monthText } from '../contract/present.js';

/** Prepared once: the desk asks it for every work record it shows. */
const closedMonth = preparedPerConnection((db) =>
  db
    .select({ month: payrollMonths.month })
    .from(payrollMonths)
    .where(sql`${payrollMonths.month} = ${sql.placeholder('month')}`)
    .prepare(),
);

/** True when the month ('YYYY-MM', or any day of it) is closed and can never change. */
export function monthClosed(ctx: Ctx, monthOrDay: string): boolean {
  return closedMonth(ctx.db).get({ month: monthOrDay.slice(0, 7) }) !== undefined;
}

/** Refuses a change to a closed month, naming the month; `field` is the input that points into it. */
export function requireMonthOpen(ctx: Ctx, monthOrDay: string, field: string): void {
  if (monthClosed(ctx, monthOrDay)) {
    throw new DomainError('payroll.monthClosed', { month: monthText(ctx.locale, monthOrDay.slice(0, 7)) }, field);
  }
}
