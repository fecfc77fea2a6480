/**
 * What a month's pay is computed from, read from the other domains: the work
 * records (shift day), the agreed rates (agreements), the client's facts and
 * the yearly figures (settings). The month run and the advance after a shift
 * both read it here, so both compute the same pay.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { clients } from '../../db/schema/index.js';
import { isoWeekday } from '../contract/dates.js';
import { dateText, monthText } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { termSegmentsOf, type termSegments } from '../agreements/index.js';
import { workedBetween, type WorkedDay } from '../attendance/index.js';
import { lastDayOf, type ClientPayFacts, type WorkedPiece } from '../pay/index.js';
import { findParametersOn, type PayParametersRow } from '../settings/index.js';

export type ClientRow = typeof clients.$inferSelect;
export type TermSegment = ReturnType<typeof termSegments>[number];

/** A work record as the pay rules read it; a holiday on a weekend is both, the date decides the weekend. */
export function pieceOf(day: WorkedDay): WorkedPiece {
  return {
    date: day.workDate,
    minutes: day.minutes,
    holiday: day.dayKind === 'holiday',
    weekend: isoWeekday(day.workDate) >= 6,
  };
}

/**
 * The tax declaration counts for a month when it was signed by its last day.
 * The state paying health insurance is a standing fact of the client.
 */
export function payFactsOf(client: ClientRow, month: string): ClientPayFacts {
  const since = client.taxDeclarationSince;
  return {
    taxDeclarationSigned: client.taxDeclarationSigned && since !== null && since <= lastDayOf(month),
    statePaysHealthInsurance: client.statePaysHealthInsurance,
  };
}

/**
 * The figures of every day the month's pay reads: the days worked and the
 * month's last day. A day without figures refuses the whole month, naming it.
 */
export function figuresFor(ctx: Ctx, month: string, days: readonly string[]): PayParametersRow[] {
  const periods = new Map<string, PayParametersRow>();
  for (const day of new Set([...days, lastDayOf(month)])) {
    const row = findParametersOn(ctx, day);
    if (!row) {
      throw new DomainError(
        'payroll.noParameters',
        { month: monthText(ctx.locale, month), date: dateText(ctx.locale, day) },
        'month',
      );
    }
    periods.set(row.validFrom, row);
  }
  return [...periods.values()];
}

/** The clients by id, in the register's alphabetical order. */
export function clientRows(ctx: Ctx, clientIds: readonly number[]): Map<number, ClientRow> {
  if (clientIds.length === 0) return new Map();
  const rows = ctx.db
    .select()
    .from(clients)
    .where(inArray(clients.id, [...clientIds]))
    .orderBy(asc(clients.sortKey))
    .all();
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The agreed terms of the agreements the work was done under, as periods of
 * days. Agreements not in `cache` are read together and kept there.
 */
export function segmentsOf(ctx: Ctx, agreementIds: Iterable<number>, cache = new Map<number, TermSegment[]>()) {
  const wanted = [...new Set(agreementIds)];
  const missing = wanted.filter((id) => !cache.has(id));
  for (const [id, segments] of termSegmentsOf(ctx, missing)) cache.set(id, segments);
  return wanted.flatMap((id) => cache.get(id) ?? []);
}

/** One client's month: the work, the terms, the facts and the figures. */
export function clientMonth(ctx: Ctx, clientId: number, month: string) {
  const client = ctx.db.select().from(clients).where(eq(clients.id, clientId)).get();
  if (!client) throw notFound('clientId');
  const worked = workedBetween(ctx, [clientId], `${month}-01`, lastDayOf(month));
  return {
    client,
    worked,
    segments: segmentsOf(
      ctx,
      worked.map((w) => w.agreementId),
    ),
    facts: payFactsOf(client, month),
    parameters: figuresFor(
      ctx,
      month,
      worked.map((w) => w.workDate),
    ),
  };
}
