import { sql } from 'drizzle-orm';
import { agreementNumberCounters } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';

/**
 * The next agreement number of the current year, e.g. 2026/014. The counter
 * only goes up, so a number on any paper is never given to another agreement.
 */
export function nextAgreementNumber(ctx: Ctx): string {
  const year = Number(ctx.today().slice(0, 4));
  const row = ctx.db
    .insert(agreementNumberCounters)
    .values({ year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: agreementNumberCounters.year,
      set: { lastSeq: sql`${agreementNumberCounters.lastSeq} + 1` },
    })
    .returning()
    .get();
  return `${year}/${String(row.lastSeq).padStart(3, '0')}`;
}
