import { sql, type SQL } from 'drizzle-orm';

/**
 * SQL for how an agreement row `a` stands on `today` (see agreementStates in
 * the contract). The one definition, used by the register, its filter and the
 * detail alike.
 */
export function stateSql(today: string, alias = 'a'): SQL<string> {
  const a = sql.raw(alias);
  return sql<string>`(CASE
    WHEN ${a}.status IN ('draft', 'printed') THEN ${a}.status
    WHEN ${a}.status = 'ended' THEN CASE WHEN ${a}.ended_on >= ${today} THEN 'ending' ELSE 'ended' END
    WHEN ${a}.valid_from > ${today} THEN 'upcoming'
    WHEN ${a}.valid_to IS NOT NULL AND ${a}.valid_to < ${today} THEN 'expired'
    ELSE 'valid' END)`;
}

/**
 * SQL for the id of the terms row in force on `day` for agreement row `a`: the
 * latest signed amendment effective by then, else the original terms. Before
 * the agreement starts, its first day counts.
 */
export function currentTermsIdSql(day: string, alias = 'a'): SQL<number> {
  const a = sql.raw(alias);
  return sql<number>`COALESCE(
    (SELECT t.id FROM agreement_amendments m JOIN agreement_terms t ON t.amendment_id = m.id
      WHERE m.agreement_id = ${a}.id AND m.status = 'signed' AND m.effective_from <= max(${day}, ${a}.valid_from)
      ORDER BY m.effective_from DESC LIMIT 1),
    (SELECT t.id FROM agreement_terms t WHERE t.agreement_id = ${a}.id AND t.amendment_id IS NULL))`;
}
