/**
 * The cash book read back: entries in the book's order (date, then the order
 * they were written) with the running balance. The balance is never stored;
 * it is always this running sum, so it cannot drift from the entries.
 */
import { and, asc, eq, gte, lt, lte, min, sql, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { cashEntries, cashReceipts, clients } from '../../db/schema/index.js';
import type { CashBook, CashEntryView } from '../contract/cash.js';
import { dateText, listName } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';

const paidReceipt = alias(cashReceipts, 'paid_receipt');
const cancelledReceipt = alias(cashReceipts, 'cancelled_receipt');

/** The balance of all entries dated before `date`. */
export function balanceBefore(ctx: Ctx, date: string): number {
  const row = ctx.db
    .select({ total: sum(cashEntries.amount).mapWith(Number) })
    .from(cashEntries)
    .where(lt(cashEntries.date, date))
    .get();
  return row?.total ?? 0;
}

/** What the cash box holds after every entry so far. */
export function currentBalance(ctx: Ctx): number {
  return (
    ctx.db
      .select({ total: sum(cashEntries.amount).mapWith(Number) })
      .from(cashEntries)
      .get()?.total ?? 0
  );
}

/** The day the book starts (its opening balance), or null before it is entered. */
export function bookStart(ctx: Ctx): string | null {
  const row = ctx.db.select({ date: cashEntries.date }).from(cashEntries).where(eq(cashEntries.kind, 'opening')).get();
  return row?.date ?? null;
}

/** The lowest balance the book reaches on or after `date`, with the day it does. */
export function lowestBalanceFrom(ctx: Ctx, date: string): { balance: number; date: string } | null {
  const running = ctx.db
    .select({
      date: cashEntries.date,
      balance: sql<number>`sum(${cashEntries.amount}) over (order by ${cashEntries.date}, ${cashEntries.id})`.as(
        'balance',
      ),
    })
    .from(cashEntries)
    .as('running');
  const lowest = ctx.db
    .select({ balance: min(running.balance).mapWith(Number) })
    .from(running)
    .where(gte(running.date, date))
    .get();
  if (lowest?.balance === undefined || lowest.balance === null) return null;
  const day = ctx.db
    .select({ date: running.date })
    .from(running)
    .where(and(gte(running.date, date), eq(running.balance, lowest.balance)))
    .orderBy(asc(running.date))
    .get();
  return { balance: lowest.balance, date: day?.date ?? date };
}

/** Entries of a range of days with the balance after each, oldest first. */
function entriesBetween(ctx: Ctx, from: string, to: string, opening: number): CashEntryView[] {
  const rows = ctx.db
    .select({
      entry: cashEntries,
      firstName: clients.firstName,
      lastName: clients.lastName,
      paid: { id: paidReceipt.id, number: paidReceipt.number, cancelledAt: paidReceipt.cancelledAt },
      cancelled: { id: cancelledReceipt.id, number: cancelledReceipt.number },
    })
    .from(cashEntries)
    .leftJoin(clients, eq(clients.id, cashEntries.clientId))
    .leftJoin(paidReceipt, eq(paidReceipt.entryId, cashEntries.id))
    .leftJoin(cancelledReceipt, eq(cancelledReceipt.cancelEntryId, cashEntries.id))
    .where(and(gte(cashEntries.date, from), lte(cashEntries.date, to)))
    .orderBy(asc(cashEntries.date), asc(cashEntries.id))
    .all();
  let balance = opening;
  return rows.map(({ entry, firstName, lastName, paid, cancelled }) => {
    balance += entry.amount;
    const receipt = paid ?? cancelled;
    return {
      id: entry.id,
      date: entry.date,
      kind: entry.kind,
      amount: entry.amount,
      balance,
      clientId: entry.clientId,
      clientName: firstName !== null && lastName !== null ? listName({ firstName, lastName }) : null,
      receiptId: receipt?.id ?? null,
      receiptNumber: receipt?.number ?? null,
      receiptCancelled: paid !== null && paid.cancelledAt !== null,
      note: entry.note,
      createdAt: entry.createdAt,
      createdBy: entry.createdBy,
    };
  });
}

export function loadBook(ctx: Ctx, from: string, to: string): CashBook {
  const openingBalance = balanceBefore(ctx, from);
  const entries = entriesBetween(ctx, from, to, openingBalance);
  const received = entries.filter((e) => e.amount > 0).reduce((total, e) => total + e.amount, 0);
  const paidOut = entries.filter((e) => e.amount < 0).reduce((total, e) => total - e.amount, 0);
  return {
    from,
    to,
    openingBalance,
    closingBalance: openingBalance + received - paidOut,
    received,
    paidOut,
    entries,
    currentBalance: currentBalance(ctx),
    started: bookStart(ctx) !== null,
  };
}

/** One entry as the book shows it, with the balance after it. */
export function entryView(ctx: Ctx, entryId: number): CashEntryView {
  const entry = ctx.db.select().from(cashEntries).where(eq(cashEntries.id, entryId)).get();
  if (!entry) throw notFound();
  const found = entriesBetween(ctx, entry.date, entry.date, balanceBefore(ctx, entry.date)).find(
    (e) => e.id === entryId,
  );
  if (!found) throw notFound();
  return found;
}

/**
 * Whether an entry may be written for `date`: not in the future, and not
 * before the day the book starts.
 */
export function checkEntryDate(ctx: Ctx, date: string, field = 'date'): void {
  const day = dateText(ctx.locale, date);
  if (date > ctx.today()) throw new DomainError('cash.futureDate', { date: day }, field);
  const start = bookStart(ctx);
  if (start !== null && date < start) {
    throw new DomainError('cash.beforeStart', { date: day, start: dateText(ctx.locale, start) }, field);
  }
}
