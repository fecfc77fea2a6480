/** Corrections of a closed month, paid with or deducted from a later open month. */
import { eq } from 'drizzle-orm';
import { clients, payrollAdjustments } from '../../db/schema/index.js';
import type { PayAdjustment } from '../contract/payroll.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { monthClosed, requireMonthOpen } from './closed.js';
import { monthText } from '../contract/present.js';

export function addAdjustment(
  ctx: Ctx,
  input: { month: string; clientId: number; sourceMonth: string; amount: number; reason: string },
): PayAdjustment {
  requireMonthOpen(ctx, input.month, 'month');
  if (input.sourceMonth >= input.month || !monthClosed(ctx, input.sourceMonth)) {
    throw new DomainError(
      'payroll.sourceNotClosed',
      { month: monthText(ctx.locale, input.month), source: monthText(ctx.locale, input.sourceMonth) },
      'sourceMonth',
    );
  }
  const client = ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get();
  if (!client) throw notFound('clientId');
  const row = ctx.db
    .insert(payrollAdjustments)
    .values({ ...input, createdAt: ctx.timestamp(), createdBy: ctx.actor })
    .returning()
    .get();
  ctx.audit({ entity: 'payrollAdjustment', entityId: row.id });
  return row;
}

export function removeAdjustment(ctx: Ctx, id: number): { id: number } {
  const row = ctx.db.select().from(payrollAdjustments).where(eq(payrollAdjustments.id, id)).get();
  if (!row) throw notFound('id');
  requireMonthOpen(ctx, row.month, 'id');
  ctx.db.delete(payrollAdjustments).where(eq(payrollAdjustments.id, id)).run();
  ctx.audit({ entity: 'payrollAdjustment', entityId: id, detail: { removed: true } });
  return { id };
}
