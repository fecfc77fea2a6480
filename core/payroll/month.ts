/** A month's pay run as the screen and the documents see it: draft (computed now) or closed (its snapshot). */
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { cashReceipts, payrollMonths, payrollPayments, payslips } from '../../db/schema/index.js';
import type { PaidMark, PayrollMonth, PayrollTotals, PayslipView } from '../contract/payroll.js';
import { payrollWarning, payslipView } from '../contract/payroll.js';
import { payParameters } from '../contract/settings.js';
import type { Ctx } from '../api/context.js';
import { expectedAhead } from './ahead.js';
import { draftRun, type DraftRun } from './run.js';
import { changesOf, seenOf } from './seen.js';
import { monthWarnings } from './warnings.js';

export function totalsOf(list: readonly PayslipView[]): PayrollTotals {
  const sum = (pick: (p: PayslipView) => number) => list.reduce((total, p) => total + pick(p), 0);
  return {
    clients: list.length,
    minutes: sum((p) => p.minutes),
    gross: sum((p) => p.gross),
    employeeSocial: sum((p) => p.employeeSocial),
    employeeHealth: sum((p) => p.employeeHealth),
    employerSocial: sum((p) => p.employerSocial),
    employerHealth: sum((p) => p.employerHealth),
    tax: sum((p) => p.tax),
    net: sum((p) => p.net),
    advances: sum((p) => p.advances),
    adjustments: sum((p) => p.adjustmentsTotal),
    toPay: sum((p) => p.toPay),
    toPayCash: sum((p) => (p.paymentMethod === 'cash' ? p.toPay : 0)),
    toPayBank: sum((p) => (p.paymentMethod === 'bank' ? p.toPay : 0)),
    overAdvanced: sum((p) => p.overAdvanced),
    paidClients: list.filter((p) => p.paid !== null).length,
  };
}

/** Clients whose tax declaration counted in the last closed month before this one, with that month. */
function declaredBefore(ctx: Ctx, month: string): Map<number, string> {
  const previous = ctx.db
    .select({ month: payrollMonths.month })
    .from(payrollMonths)
    .where(lt(payrollMonths.month, month))
    .orderBy(desc(payrollMonths.month))
    .get();
  if (!previous) return new Map();
  const rows = ctx.db
    .select({ clientId: payslips.clientId })
    .from(payslips)
    .where(and(eq(payslips.month, previous.month), sql`json_extract(${payslips.data}, '$.taxDeclarationSigned') = 1`))
    .all();
  return new Map(rows.map((r) => [r.clientId, previous.month]));
}

/** The warnings of a draft run. */
export function warningsOf(ctx: Ctx, run: DraftRun) {
  return monthWarnings(ctx, {
    month: run.month,
    parameters: run.parameters,
    periods: run.periods,
    payslips: run.payslips,
    declarationSince: new Map(
      [...run.clients.values()].map((c) => [c.id, c.taxDeclarationSigned ? c.taxDeclarationSince : null]),
    ),
    declaredBefore: declaredBefore(ctx, run.month),
    expectedGross: expectedAhead(ctx, run),
  });
}

export function draftMonth(ctx: Ctx, month: string): PayrollMonth {
  const run = draftRun(ctx, month);
  const seen = seenOf(ctx, month);
  const shown = run.payslips.map((p) => ({ ...p, changes: changesOf(p, seen), paid: null }));
  const inRun = new Set(run.payslips.map((p) => p.clientId));
  return {
    month,
    state: 'draft',
    closedAt: null,
    closedBy: null,
    parameters: run.parameters,
    payslips: shown,
    totals: totalsOf(shown),
    warnings: warningsOf(ctx, run),
    seenAt: seen.seenAt,
    goneSinceSeen: [...seen.figures.keys()]
      .filter((id) => !inRun.has(id))
      .map((clientId) => ({ clientId, name: seen.names.get(clientId) ?? '' })),
  };
}

/** The standing paid marks of a closed month, by client. */
export function paidMarks(ctx: Ctx, month: string): Map<number, PaidMark> {
  const rows = ctx.db
    .select({ clientId: payslips.clientId, payment: payrollPayments, receiptNumber: cashReceipts.number })
    .from(payrollPayments)
    .innerJoin(payslips, eq(payslips.id, payrollPayments.payslipId))
    .leftJoin(cashReceipts, eq(cashReceipts.id, payrollPayments.receiptId))
    // A payout cancelled in the cash book is not paid, whichever door cancelled it.
    .where(and(eq(payslips.month, month), isNull(payrollPayments.undoneAt), isNull(cashReceipts.cancelledAt)))
    .all();
  return new Map(
    rows.map(({ clientId, payment, receiptNumber }) => [
      clientId,
      {
        method: payment.method,
        date: payment.date,
        amount: payment.amount,
        receiptId: payment.receiptId,
        receiptNumber,
        markedAt: payment.markedAt,
        markedBy: payment.markedBy,
      },
    ]),
  );
}

const storedPayslip = payslipView.omit({ changes: true, paid: true });

/** A closed month, served from its snapshot; never computed again. */
export function closedMonth(ctx: Ctx, month: string): PayrollMonth | null {
  const row = ctx.db.select().from(payrollMonths).where(eq(payrollMonths.month, month)).get();
  if (!row) return null;
  const marks = paidMarks(ctx, month);
  const shown = ctx.db
    .select({ data: payslips.data })
    .from(payslips)
    .where(eq(payslips.month, month))
    .orderBy(payslips.id)
    .all()
    .map(({ data }) => {
      const payslip = storedPayslip.parse(JSON.parse(data));
      return { ...payslip, changes: [], paid: marks.get(payslip.clientId) ?? null };
    });
  return {
    month,
    state: 'closed',
    closedAt: row.closedAt,
    closedBy: row.closedBy,
    parameters: payParameters.parse(JSON.parse(row.parameters)),
    payslips: shown,
    totals: totalsOf(shown),
    warnings: payrollWarning.array().parse(JSON.parse(row.warnings)),
    seenAt: null,
    goneSinceSeen: [],
  };
}

export function loadMonth(ctx: Ctx, month: string): PayrollMonth {
  return closedMonth(ctx, month) ?? draftMonth(ctx, month);
}
