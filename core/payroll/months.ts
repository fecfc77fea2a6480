/** The months the Pay screen can pick: every month with work or a closed run, newest first. */
import { desc } from 'drizzle-orm';
import { payrollMonths } from '../../db/schema/index.js';
import type { z } from 'zod';
import type { payrollMonthSummary } from '../contract/payroll.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { workedMonths } from '../attendance/index.js';
import { closedMonth, totalsOf } from './month.js';
import { draftRun } from './run.js';

type Summary = z.infer<typeof payrollMonthSummary>;

function draftSummary(ctx: Ctx, month: string): Summary {
  try {
    const { payslips } = draftRun(ctx, month);
    const gross = payslips.reduce((total, p) => total + p.gross, 0);
    const toPay = payslips.reduce((total, p) => total + p.toPay, 0);
    return { month, state: 'draft', clients: payslips.length, gross, toPay, paidClients: 0, missingParameters: false };
  } catch (error) {
    // A month without figures is listed, so the screen can say what is missing.
    if (error instanceof DomainError && error.code === 'payroll.noParameters') {
      return { month, state: 'draft', clients: 0, gross: 0, toPay: 0, paidClients: 0, missingParameters: true };
    }
    throw error;
  }
}

export function listMonths(ctx: Ctx): Summary[] {
  const closed = ctx.db
    .select({ month: payrollMonths.month })
    .from(payrollMonths)
    .orderBy(desc(payrollMonths.month))
    .all();
  const closedSet = new Set(closed.map((c) => c.month));
  const months = [...new Set([...closed.map((c) => c.month), ...workedMonths(ctx)])].sort().reverse();
  return months.map((month) => {
    if (!closedSet.has(month)) return draftSummary(ctx, month);
    const view = closedMonth(ctx, month);
    if (!view) throw new Error(`${month} is closed`);
    const totals = totalsOf(view.payslips);
    return {
      month,
      state: 'closed',
      clients: totals.clients,
      gross: totals.gross,
      toPay: totals.toPay,
      paidClients: totals.paidClients,
      missingParameters: false,
    };
  });
}
