/**
 * Payday: each client of a closed month marked paid, in cash (a payout in the
 * cash book, signed for on the payday list) or by bank transfer.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { payrollMonths, payrollPayments, payslips } from '../../db/schema/index.js';
import type { PayslipView } from '../contract/payroll.js';
import { dateText, monthText } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { cancelReceipt, recordPayout } from '../cash/index.js';
import { closedMonth } from './month.js';

function payslipShown(ctx: Ctx, month: string, clientId: number): PayslipView {
  const found = closedMonth(ctx, month)?.payslips.find((p) => p.clientId === clientId);
  if (!found) throw new Error(`the payslip of client ${clientId} in ${month} was just read`);
  return found;
}

/** The closed month's payslip row of a client, refusing a draft month or a client without one. */
function payslipRow(ctx: Ctx, month: string, clientId: number) {
  const named = monthText(ctx.locale, month);
  const closed = ctx.db.select().from(payrollMonths).where(eq(payrollMonths.month, month)).get();
  if (!closed) throw new DomainError('payroll.notClosed', { month: named }, 'month');
  const row = ctx.db
    .select()
    .from(payslips)
    .where(and(eq(payslips.month, month), eq(payslips.clientId, clientId)))
    .get();
  if (!row) throw new DomainError('payroll.notInRun', { month: named }, 'clientId');
  return { row, closedOn: closed.closedAt.slice(0, 10), named };
}

function standingPayment(ctx: Ctx, payslipId: number) {
  return ctx.db
    .select()
    .from(payrollPayments)
    .where(and(eq(payrollPayments.payslipId, payslipId), isNull(payrollPayments.undoneAt)))
    .get();
}

export function markPaid(
  ctx: Ctx,
  input: { month: string; clientId: number; date?: string | undefined; allowNegative: boolean },
): PayslipView {
  const { row, closedOn, named } = payslipRow(ctx, input.month, input.clientId);
  const shown = payslipShown(ctx, input.month, input.clientId);
  if (shown.paid) {
    throw new DomainError(
      'payroll.alreadyPaid',
      { name: shown.name, month: named, date: dateText(ctx.locale, shown.paid.date) },
      'clientId',
    );
  }
  const date = input.date ?? ctx.today();
  if (date > ctx.today()) throw new DomainError('payroll.futurePayDate', { date: dateText(ctx.locale, date) }, 'date');
  if (date < closedOn) {
    throw new DomainError('payroll.payDateBeforeClose', { date: dateText(ctx.locale, date), month: named }, 'date');
  }
  const receipt =
    row.paymentMethod === 'cash' && row.toPay > 0
      ? recordPayout(ctx, {
          clientId: row.clientId,
          amount: row.toPay,
          date,
          kind: 'payday',
          payMonth: input.month,
          sourceId: row.id,
          allowNegative: input.allowNegative,
        })
      : null;
  // A mark whose cash receipt was cancelled in the cash book is no longer standing; the receipt keeps the reason.
  const stale = standingPayment(ctx, row.id);
  if (stale) {
    ctx.db
      .update(payrollPayments)
      .set({ undoneAt: ctx.timestamp(), undoneBy: ctx.actor })
      .where(eq(payrollPayments.id, stale.id))
      .run();
  }
  const payment = ctx.db
    .insert(payrollPayments)
    .values({
      payslipId: row.id,
      method: row.paymentMethod,
      date,
      amount: row.toPay,
      receiptId: receipt?.id ?? null,
      markedAt: ctx.timestamp(),
      markedBy: ctx.actor,
    })
    .returning({ id: payrollPayments.id })
    .get();
  // A cash payout's receipt is audited by the cash book, naming this payslip as its source.
  if (!receipt) {
    ctx.audit({
      entity: 'payrollPayment',
      entityId: payment.id,
      detail: { month: input.month, clientId: row.clientId },
    });
  }
  return payslipShown(ctx, input.month, input.clientId);
}

/**
 * Takes back a mistaken mark: a cash payout is cancelled in the cash book
 * (the money goes back in today, with the reason); the mark stays, undone.
 */
export function unmarkPaid(ctx: Ctx, input: { month: string; clientId: number; reason: string }): PayslipView {
  const { row, named } = payslipRow(ctx, input.month, input.clientId);
  const payment = standingPayment(ctx, row.id);
  const shown = payslipShown(ctx, input.month, input.clientId);
  if (!payment || !shown.paid) {
    throw new DomainError('payroll.notPaid', { name: shown.name, month: named }, 'clientId');
  }
  if (payment.receiptId !== null) cancelReceipt(ctx, payment.receiptId, input.reason);
  ctx.db
    .update(payrollPayments)
    .set({ undoneAt: ctx.timestamp(), undoneBy: ctx.actor, undoReason: input.reason })
    .where(eq(payrollPayments.id, payment.id))
    .run();
  // A cancelled receipt is audited by the cash book with the same reason.
  if (payment.receiptId === null) {
    ctx.audit({ entity: 'payrollPayment', entityId: payment.id, detail: { undone: true, reason: input.reason } });
  }
  return payslipShown(ctx, input.month, input.clientId);
}
