import { asc, eq, inArray, sql } from 'drizzle-orm';
import { agreementAmendments, agreements, agreementTerms } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { segmentsFor, type AmendmentRecord } from './rows.js';
import { pickTerms, type Segment } from './terms.js';

/**
 * The terms of many agreements as periods of days, read in three queries
 * rather than three per agreement: the month's pay run reads every worker's.
 * The same periods as `termSegments`, which answers one agreement.
 */
export function termSegmentsOf(ctx: Ctx, ids: readonly number[]): Map<number, Segment[]> {
  const found = new Map<number, Segment[]>();
  if (ids.length === 0) return found;
  const list = [...new Set(ids)];
  const rows = ctx.db.select().from(agreements).where(inArray(agreements.id, list)).all();
  const originals = ctx.db
    .select()
    .from(agreementTerms)
    // The unary plus keeps SQLite off the amendment index, where every agreement's original terms are one long run of NULLs.
    .where(sql`${inArray(agreementTerms.agreementId, list)} AND +${agreementTerms.amendmentId} IS NULL`)
    .all();
  const amendments = ctx.db
    .select({ amendment: agreementAmendments, terms: agreementTerms })
    .from(agreementAmendments)
    .innerJoin(agreementTerms, eq(agreementTerms.amendmentId, agreementAmendments.id))
    .where(inArray(agreementAmendments.agreementId, list))
    .orderBy(asc(agreementAmendments.agreementId), asc(agreementAmendments.seq))
    .all();
  const originalOf = new Map(originals.map((t) => [t.agreementId, pickTerms(t)]));
  const amendmentsOf = new Map<number, AmendmentRecord[]>();
  for (const { amendment, terms } of amendments) {
    const records = amendmentsOf.get(amendment.agreementId) ?? [];
    records.push({ ...amendment, terms: pickTerms(terms) });
    amendmentsOf.set(amendment.agreementId, records);
  }
  for (const row of rows) {
    const original = originalOf.get(row.id);
    if (!original) throw new Error(`Agreement ${row.id} has no terms`);
    found.set(row.id, segmentsFor(row, original, amendmentsOf.get(row.id) ?? []));
  }
  return found;
}
