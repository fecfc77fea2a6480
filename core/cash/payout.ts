/** Money leaving the cash box against a receipt, and a receipt cancelled. */
import { eq } from 'drizzle-orm';
import { cashEntries, cashReceipts, clients } from '../../db/schema/index.js';
import type { ReceiptView } from '../contract/cash.js';
import { dateText, moneyText } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { requireEmployerComplete } from '../agreements/index.js';
import { requireMonthOpen } from '../payroll/index.js';
import { checkEntryDate, lowestBalanceFrom } from './book.js';
import type { ReceiptData } from './documents/data.js';
import { nextReceiptNumber, receiptRow, receiptView } from './receipts.js';

export interface Payout {
  clientId: number;
  /** Haléře, more than zero. */
  amount: number;
  /** The day the money is handed over. */
  date: string;
  kind: 'advance' | 'payday';
  /** The month of pay it is paid towards, 'YYYY-MM'. */
  payMonth: string;
  /** An advance: the day of the work it is for. */
  workDate?: string | null;
  /** What it settles (an advance: the work record); one standing receipt per kind and source. */
  sourceId?: number | null;
  note?: string | null;
  /** The coordinator saw the warning and pays even though the balance goes below zero. */
  allowNegative?: boolean;
  /** The receipt this one is issued in place of. */
  replacesId?: number | null;
}

function clientData(ctx: Ctx, clientId: number): ReceiptData['client'] {
  const row = ctx.db.select().from(clients).where(eq(clients.id, clientId)).get();
  if (!row) throw notFound('clientId');
  const town = [row.postcode, row.city].filter(Boolean).join(' ');
  const address = [row.street, town].filter(Boolean).join(', ');
  return {
    firstName: row.firstName,
    lastName: row.lastName,
    code: row.code,
    birthDate: row.birthDate,
    address: address === '' ? null : address,
  };
}

function employerData(ctx: Ctx): ReceiptData['employer'] {
  const employer = requireEmployerComplete(ctx);
  return {
    name: employer.name ?? '',
    address: [employer.street ?? '', `${employer.postcode ?? ''} ${employer.city ?? ''}`.trim()],
    ico: employer.ico ?? '',
  };
}

/**
 * Refuses a book that would go below zero on or after `date`, unless the
 * coordinator confirmed it. Checked after the entry is written: the call's
 * transaction rolls it back with the refusal.
 */
function checkBalance(ctx: Ctx, payout: Payout): void {
  if (payout.allowNegative) return;
  const lowest = lowestBalanceFrom(ctx, payout.date);
  if (lowest && lowest.balance < 0) {
    throw new DomainError(
      'cash.wouldGoNegative',
      {
        amount: moneyText(ctx.locale, payout.amount),
        balance: moneyText(ctx.locale, lowest.balance),
        date: dateText(ctx.locale, lowest.date),
      },
      'amount',
    );
  }
}

/**
 * Pays money out of the cash box: a negative cash-book entry and a numbered
 * receipt keeping what it prints. The one way any domain pays cash out.
 */
export function recordPayout(ctx: Ctx, payout: Payout): ReceiptView {
  if (!Number.isSafeInteger(payout.amount) || payout.amount <= 0) {
    throw new RangeError(`A payout is a whole number of haléře above zero, got ${payout.amount}`);
  }
  checkEntryDate(ctx, payout.date);
  const { year, seq, number } = nextReceiptNumber(ctx, payout.date);
  const data: ReceiptData = {
    number,
    date: payout.date,
    amount: payout.amount,
    kind: payout.kind,
    payMonth: payout.payMonth,
    workDate: payout.workDate ?? null,
    note: payout.note ?? null,
    employer: employerData(ctx),
    client: clientData(ctx, payout.clientId),
    payer: ctx.actor,
  };
  const entry = ctx.db
    .insert(cashEntries)
    .values({
      date: payout.date,
      kind: payout.kind,
      amount: -payout.amount,
      clientId: payout.clientId,
      note: payout.note ?? null,
      createdAt: ctx.timestamp(),
      createdBy: ctx.actor,
    })
    .returning({ id: cashEntries.id })
    .get();
  checkBalance(ctx, payout);
  const receipt = ctx.db
    .insert(cashReceipts)
    .values({
      year,
      seq,
      number,
      date: payout.date,
      clientId: payout.clientId,
      amount: payout.amount,
      kind: payout.kind,
      payMonth: payout.payMonth,
      workDate: payout.workDate ?? null,
      note: payout.note ?? null,
      sourceId: payout.sourceId ?? null,
      entryId: entry.id,
      data: JSON.stringify(data),
      replacesId: payout.replacesId ?? null,
      createdAt: ctx.timestamp(),
      createdBy: ctx.actor,
    })
    .returning({ id: cashReceipts.id })
    .get();
  ctx.audit({
    entity: 'cashReceipt',
    entityId: receipt.id,
    detail: { entryId: entry.id },
  });
  return receiptView(ctx, receipt.id);
}

/**
 * Cancels a receipt issued by mistake. The money goes back into the book as a
 * `cancellation` entry dated today, the day the mistake is put right, so a day
 * or month already printed for the accountant stays as it was. Whatever the
 * receipt settled (an advance, a payday payout) is open again; an advance of a
 * closed pay month cannot be cancelled.
 */
export function cancelReceipt(ctx: Ctx, id: number, reason: string): ReceiptView {
  const row = receiptRow(ctx, id);
  // The advances of a closed month are part of its payslips; payday payouts are made after closing.
  if (row.kind === 'advance') requireMonthOpen(ctx, row.payMonth, 'id');
  if (row.cancelledAt !== null) {
    throw new DomainError('cash.alreadyCancelled', { number: row.number, reason: row.cancelReason ?? '' }, 'id');
  }
  const entry = ctx.db
    .insert(cashEntries)
    .values({
      date: ctx.today(),
      kind: 'cancellation',
      amount: row.amount,
      clientId: row.clientId,
      note: reason,
      createdAt: ctx.timestamp(),
      createdBy: ctx.actor,
    })
    .returning({ id: cashEntries.id })
    .get();
  ctx.db
    .update(cashReceipts)
    .set({ cancelledAt: ctx.timestamp(), cancelledBy: ctx.actor, cancelReason: reason, cancelEntryId: entry.id })
    .where(eq(cashReceipts.id, id))
    .run();
  ctx.audit({ entity: 'cashReceipt', entityId: id, detail: { cancelled: row.number, reason, entryId: entry.id } });
  return receiptView(ctx, id);
}
