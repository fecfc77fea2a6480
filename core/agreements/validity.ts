import { and, eq, isNotNull, sql, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AppDb } from '../../db/open.js';
import { agreements } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { preparedForIds } from '../api/statements.js';
import { periodCoversSql } from '../periods/index.js';

/** The columns the rule reads: of `agreements`, or of an alias of it. */
interface AgreementColumns {
  status: SQLWrapper;
  signedOn: SQLWrapper;
  validFrom: SQLWrapper;
  validTo: SQLWrapper;
  endedOn: SQLWrapper;
}

/**
 * SQL condition "this agreement is valid on `day`": signed (or ended later),
 * and the agreed period covers the day, and so does the period up to an early
 * end. Other features (sign-up, arrival, pay) use this rather than restating it.
 */
export function validOnSql(day: string | Placeholder | SQLWrapper, a: AgreementColumns = agreements): SQL {
  return sql`(${a.status} IN ('signed', 'ended') AND ${isNotNull(a.signedOn)}
    AND ${periodCoversSql({ from: a.validFrom, to: a.validTo }, day)}
    AND ${periodCoversSql({ from: a.validFrom, to: a.endedOn }, day)})`;
}

/** The client's agreement valid on a day, if any. */
export function validAgreementOn(db: AppDb, clientId: number, day: string): { id: number; number: string } | null {
  return (
    db
      .select({ id: agreements.id, number: agreements.number })
      .from(agreements)
      .where(and(eq(agreements.clientId, clientId), validOnSql(day)))
      .limit(1)
      .get() ?? null
  );
}

/** Prepared once: the week board and every booking ask it. No DISTINCT: the answer is a set anyway. */
const withValidAgreement = preparedForIds((db, idIn) =>
  db
    .select({ clientId: agreements.clientId })
    .from(agreements)
    .where(and(idIn(agreements.clientId), validOnSql(sql.placeholder('day'))))
    .prepare(),
);

/** Of these clients, those with a valid agreement on a day. */
export function clientsWithValidAgreement(ctx: Ctx, clientIds: readonly number[], day: string): Set<number> {
  if (clientIds.length === 0) return new Set();
  const { query, ids } = withValidAgreement(ctx.db, clientIds);
  return new Set(query.all({ ids, day }).map((r) => r.clientId));
}
