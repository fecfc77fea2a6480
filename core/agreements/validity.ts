import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../../db/open.js';

/**
 * SQL condition "agreement row `a` is valid on `day`": signed (or ended later),
 * and the day inside its period. Other features (sign-up, arrival, pay) use this
 * rather than restating the rule.
 */
export function validOnSql(day: string, alias = 'a'): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.status IN ('signed', 'ended') AND ${a}.signed_on IS NOT NULL AND ${a}.valid_from <= ${day}
    AND (${a}.valid_to IS NULL OR ${a}.valid_to >= ${day}) AND (${a}.ended_on IS NULL OR ${a}.ended_on >= ${day}))`;
}

/** The client's agreement valid on a day, if any. */
export function validAgreementOn(db: AppDb, clientId: number, day: string): { id: number; number: string } | null {
  return (
    db.get<{ id: number; number: string } | undefined>(
      sql`SELECT a.id, a.number FROM agreements a WHERE a.client_id = ${clientId} AND ${validOnSql(day)} LIMIT 1`,
    ) ?? null
  );
}
