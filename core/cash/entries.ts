/** Money coming into the cash box: the opening balance and top-ups from the bank. */
import { asc } from 'drizzle-orm';
import { cashEntries } from '../../db/schema/index.js';
import type { CashEntryView } from '../contract/cash.js';
import { dateText } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { bookStart, checkEntryDate, entryView } from './book.js';

interface Money {
  date: string;
  amount: number;
  note: string | null;
}

function insertEntry(ctx: Ctx, kind: 'opening' | 'topUp', input: Money): CashEntryView {
  const row = ctx.db
    .insert(cashEntries)
    .values({ ...input, kind, clientId: null, createdAt: ctx.timestamp(), createdBy: ctx.actor })
    .returning({ id: cashEntries.id })
    .get();
  ctx.audit({ entity: 'cashEntry', entityId: row.id, detail: { kind } });
  return entryView(ctx, row.id);
}

/**
 * The book starts with what the cash box holds. Entered once, on or before the
 * day of the first entry (a payout made before the book was started is
 * allowed only with the negative-balance confirmation, and stays after it).
 */
export function setOpeningBalance(ctx: Ctx, input: Money): CashEntryView {
  const start = bookStart(ctx);
  if (start !== null) throw new DomainError('cash.alreadyStarted', { date: dateText(ctx.locale, start) }, 'date');
  checkEntryDate(ctx, input.date);
  const first = ctx.db.select({ date: cashEntries.date }).from(cashEntries).orderBy(asc(cashEntries.date)).get();
  if (first && first.date < input.date) {
    throw new DomainError('cash.alreadyStarted', { date: dateText(ctx.locale, first.date) }, 'date');
  }
  return insertEntry(ctx, 'opening', input);
}

export function topUp(ctx: Ctx, input: Money): CashEntryView {
  checkEntryDate(ctx, input.date);
  return insertEntry(ctx, 'topUp', input);
}
