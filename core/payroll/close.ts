/** Closing a month: a snapshot of every payslip, after which the month never changes. */
import { eq } from 'drizzle-orm';
import { payrollMonths, payrollSeen, payslips } from '../../db/schema/index.js';
import type { PayrollMonth } from '../contract/payroll.js';
import { dateText, monthText } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { lastDayOf } from '../pay/index.js';
import { requireMonthOpen } from './closed.js';
import { closedMonth, warningsOf } from './month.js';
import { draftRun } from './run.js';

export function closeMonth(ctx: Ctx, month: string, confirmWarnings: boolean): PayrollMonth {
  requireMonthOpen(ctx, month, 'month');
  const named = monthText(ctx.locale, month);
  const last = lastDayOf(month);
  // Work can still be recorded on the last day; its pay is known only after it.
  if (ctx.today() <= last) {
    throw new DomainError('payroll.monthNotOver', { month: named, date: dateText(ctx.locale, last) }, 'month');
  }
  const run = draftRun(ctx, month);
  if (run.payslips.length === 0) throw new DomainError('payroll.nothingToClose', { month: named }, 'month');
  const warnings = warningsOf(ctx, run);
  if (warnings.length > 0 && !confirmWarnings) {
    throw new DomainError('payroll.unconfirmedWarnings', { month: named, count: warnings.length }, 'confirmWarnings');
  }
  ctx.db
    .insert(payrollMonths)
    .values({
      month,
      parameters: JSON.stringify(run.parameters),
      warnings: JSON.stringify(warnings),
      closedAt: ctx.timestamp(),
      closedBy: ctx.actor,
    })
    .run();
  for (const payslip of run.payslips) {
    ctx.db
      .insert(payslips)
      .values({
        month,
        clientId: payslip.clientId,
        paymentMethod: payslip.paymentMethod,
        gross: payslip.gross,
        net: payslip.net,
        toPay: payslip.toPay,
        data: JSON.stringify(payslip),
      })
      .run();
  }
  ctx.db.delete(payrollSeen).where(eq(payrollSeen.month, month)).run();
  const closed = closedMonth(ctx, month);
  if (!closed) throw new Error(`${month} was just closed`);
  ctx.audit({
    entity: 'payrollMonth',
    detail: { month, payslips: run.payslips.length, toPay: closed.totals.toPay, warnings: warnings.length },
  });
  return closed;
}
