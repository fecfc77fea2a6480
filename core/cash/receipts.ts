/** Cash payment receipts: their numbers, what they print, and how they are shown. */
import { and, eq, isNull, max, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { cashReceipts, clients } from '../../db/schema/index.js';
import type { ReceiptView } from '../contract/cash.js';
import { listName } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { notFound } from '../api/domain-error.js';
import { receiptDataSchema, type ReceiptData } from './documents/data.js';

export type ReceiptRow = typeof cashReceipts.$inferSelect;

/** Receipt numbers: a letter for "výdajový", the year, and the receipt's place in it. */
export function receiptNumber(year: number, seq: number): string {
  return `V-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * The next number in the year of the receipt's date. Receipts are never
 * deleted and writes hold the write lock, so the highest number plus one
 * leaves no gap and cannot be taken twice.
 */
export function nextReceiptNumber(ctx: Ctx, date: string): { year: number; seq: number; number: string } {
  const year = Number(date.slice(0, 4));
  const row = ctx.db
    .select({ last: max(cashReceipts.seq) })
    .from(cashReceipts)
    .where(eq(cashReceipts.year, year))
    .get();
  const seq = (row?.last ?? 0) + 1;
  return { year, seq, number: receiptNumber(year, seq) };
}

export function receiptRow(ctx: Ctx, id: number, field = 'id'): ReceiptRow {
  const row = ctx.db.select().from(cashReceipts).where(eq(cashReceipts.id, id)).get();
  if (!row) throw notFound(field);
  return row;
}

const replaced = alias(cashReceipts, 'replaced');

export function receiptView(ctx: Ctx, id: number): ReceiptView {
  const found = ctx.db
    .select({
      receipt: cashReceipts,
      firstName: clients.firstName,
      lastName: clients.lastName,
      replaces: replaced.number,
    })
    .from(cashReceipts)
    .innerJoin(clients, eq(clients.id, cashReceipts.clientId))
    .leftJoin(replaced, eq(replaced.id, cashReceipts.replacesId))
    .where(eq(cashReceipts.id, id))
    .get();
  if (!found) throw notFound();
  const { receipt, replaces } = found;
  return {
    id: receipt.id,
    number: receipt.number,
    date: receipt.date,
    clientId: receipt.clientId,
    clientName: listName(found),
    amount: receipt.amount,
    kind: receipt.kind,
    payMonth: receipt.payMonth,
    workDate: receipt.workDate,
    note: receipt.note,
    cancelled: receipt.cancelledAt !== null,
    cancelReason: receipt.cancelReason,
    cancelledAt: receipt.cancelledAt,
    replacesNumber: replaces,
    createdAt: receipt.createdAt,
    createdBy: receipt.createdBy,
  };
}

/** The standing (not cancelled) receipt that settles a thing, e.g. the advance for a work record. */
export function standingReceipt(ctx: Ctx, kind: ReceiptRow['kind'], sourceId: number): ReceiptRow | null {
  return (
    ctx.db
      .select()
      .from(cashReceipts)
      .where(and(eq(cashReceipts.kind, kind), eq(cashReceipts.sourceId, sourceId), isNull(cashReceipts.cancelledAt)))
      .get() ?? null
  );
}

/** What a client has been paid in cash towards a month's pay, by kind, cancelled receipts left out. */
export function paidTowards(ctx: Ctx, clientId: number, payMonth: string, kind: ReceiptRow['kind']): number {
  const row = ctx.db
    .select({ total: sum(cashReceipts.amount).mapWith(Number) })
    .from(cashReceipts)
    .where(
      and(
        eq(cashReceipts.clientId, clientId),
        eq(cashReceipts.payMonth, payMonth),
        eq(cashReceipts.kind, kind),
        isNull(cashReceipts.cancelledAt),
      ),
    )
    .get();
  return row?.total ?? 0;
}

/** What each client has been paid in cash towards a month's pay, by kind, cancelled receipts left out. */
export function paidTowardsMonth(ctx: Ctx, payMonth: string, kind: ReceiptRow['kind']): Map<number, number> {
  const rows = ctx.db
    .select({ clientId: cashReceipts.clientId, total: sum(cashReceipts.amount).mapWith(Number) })
    .from(cashReceipts)
    .where(and(eq(cashReceipts.payMonth, payMonth), eq(cashReceipts.kind, kind), isNull(cashReceipts.cancelledAt)))
    .groupBy(cashReceipts.clientId)
    .all();
  return new Map(rows.map((r) => [r.clientId, r.total]));
}

/**
 * Each client's standing receipts towards a month's pay, by kind, in the order
 * they were paid: a payslip lists every advance with its date and number.
 */
export function receiptsTowardsMonth(
  ctx: Ctx,
  payMonth: string,
  kind: ReceiptRow['kind'],
): Map<number, { date: string; number: string; amount: number }[]> {
  const rows = ctx.db
    .select({
      clientId: cashReceipts.clientId,
      date: cashReceipts.date,
      number: cashReceipts.number,
      amount: cashReceipts.amount,
    })
    .from(cashReceipts)
    .where(and(eq(cashReceipts.payMonth, payMonth), eq(cashReceipts.kind, kind), isNull(cashReceipts.cancelledAt)))
    .orderBy(cashReceipts.date, cashReceipts.id)
    .all();
  const byClient = new Map<number, { date: string; number: string; amount: number }[]>();
  for (const { clientId, ...receipt } of rows) byClient.set(clientId, [...(byClient.get(clientId) ?? []), receipt]);
  return byClient;
}

/** What the receipt printed when it was issued, checked as it is read back. */
export function receiptData(row: ReceiptRow): ReceiptData {
  return receiptDataSchema.parse(JSON.parse(row.data));
}
