/** Paying an advance against a receipt, or recording that the client declined it. */
import { and, eq, isNotNull } from 'drizzle-orm';
import { advanceDeclines, cashReceipts } from '../../db/schema/index.js';
import type { AdvanceProposal } from '../contract/advances.js';
import type { Locale } from '../contract/i18n.js';
import { dateText, moneyText } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { receiptJob, recordPayout } from '../cash/index.js';
import type { DocumentJob } from '../documents/registry.js';
import { requireMonthOpen } from '../payroll/index.js';
import { proposeAdvance } from './proposal.js';

/** An advance whose receipt was cancelled may be paid again after its week: it corrects a payment made in time. */
function wasCancelled(ctx: Ctx, workRecordId: number): boolean {
  const row = ctx.db
    .select({ id: cashReceipts.id })
    .from(cashReceipts)
    .where(
      and(
        eq(cashReceipts.kind, 'advance'),
        eq(cashReceipts.sourceId, workRecordId),
        isNotNull(cashReceipts.cancelledAt),
      ),
    )
    .get();
  return row !== undefined;
}

function requireOpen(ctx: Ctx, proposal: AdvanceProposal): void {
  const field = 'workRecordId';
  requireMonthOpen(ctx, proposal.payMonth, field);
  if (proposal.status === 'paid') {
    throw new DomainError('cash.advancePaid', { number: proposal.receipt?.number ?? '' }, field);
  }
  if (proposal.status === 'declined') throw new DomainError('cash.advanceDeclined', {}, field);
  if (proposal.status === 'weekOver' && !wasCancelled(ctx, proposal.workRecordId)) {
    throw new DomainError(
      'cash.advanceWeekOver',
      { date: dateText(ctx.locale, proposal.workDate), until: dateText(ctx.locale, proposal.payableUntil) },
      field,
    );
  }
}

/** Pays the proposed advance today and answers its receipt to print and sign. */
export function payAdvance(
  ctx: Ctx,
  input: { workRecordId: number; allowNegative: boolean },
  lang: Locale,
): DocumentJob {
  const proposal = proposeAdvance(ctx, input.workRecordId);
  requireOpen(ctx, proposal);
  if (proposal.amount <= 0) {
    throw new DomainError('cash.advanceNothing', { net: moneyText(ctx.locale, proposal.expectedNet) }, 'workRecordId');
  }
  const receipt = recordPayout(ctx, {
    clientId: proposal.clientId,
    amount: proposal.amount,
    date: ctx.today(),
    kind: 'advance',
    payMonth: proposal.payMonth,
    workDate: proposal.workDate,
    sourceId: proposal.workRecordId,
    allowNegative: input.allowNegative,
  });
  return receiptJob(ctx, receipt.id, lang);
}

export function declineAdvance(ctx: Ctx, workRecordId: number, reason: string | null): AdvanceProposal {
  const proposal = proposeAdvance(ctx, workRecordId);
  requireOpen(ctx, proposal);
  ctx.db
    .insert(advanceDeclines)
    .values({
      workRecordId,
      clientId: proposal.clientId,
      reason,
      declinedAt: ctx.timestamp(),
      declinedBy: ctx.actor,
    })
    .run();
  ctx.audit({ entity: 'advance', entityId: workRecordId, detail: { declined: true, reason } });
  return proposeAdvance(ctx, workRecordId);
}
