/** Reading agreements from the database into the contract's shapes. */
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { agreementAmendments, agreementDocuments, agreements, agreementTerms, clients } from '../../db/schema/index.js';
import type {
  Agreement,
  AgreementKind,
  AgreementSummary,
  AgreementTerms,
  Amendment,
} from '../contract/agreements/schemas.js';
import type { Ctx } from '../api/context.js';
import { notFound } from '../api/domain-error.js';
import { clientRefColumns, searchTokens } from '../clients/index.js';
import { ageWarnings } from './age.js';
import { lastDaySql } from './rules.js';
import { currentTermsIdSql, stateSql } from './state.js';
import { changedTerms, pickTerms, segmentsOf, termsOn, type Segment } from './terms.js';

export type AgreementRow = typeof agreements.$inferSelect;
export type AmendmentRow = typeof agreementAmendments.$inferSelect;
export interface AmendmentRecord extends AmendmentRow {
  terms: AgreementTerms;
}

/** The kind as the contract knows it; the table already allows DPP, which the app does not make yet. */
export function kindOf(row: Pick<AgreementRow, 'kind' | 'id'>): AgreementKind {
  if (row.kind === 'dpc') return row.kind;
  throw new Error(`Agreement ${row.id} is of kind ${row.kind}, which this version does not handle`);
}

export function agreementRow(ctx: Ctx, id: number, field = 'id'): AgreementRow {
  const row = ctx.db.select().from(agreements).where(eq(agreements.id, id)).get();
  if (!row) throw notFound(field);
  return row;
}

export function originalTerms(ctx: Ctx, agreementId: number): AgreementTerms {
  const row = ctx.db
    .select()
    .from(agreementTerms)
    // The unary plus keeps SQLite off the amendment index, where every agreement's original terms are one long run of NULLs.
    .where(sql`${agreementTerms.agreementId} = ${agreementId} AND +${agreementTerms.amendmentId} IS NULL`)
    .get();
  if (!row) throw new Error(`Agreement ${agreementId} has no terms`);
  return pickTerms(row);
}

export function amendmentsOf(ctx: Ctx, agreementId: number): AmendmentRecord[] {
  return ctx.db
    .select({ amendment: agreementAmendments, terms: agreementTerms })
    .from(agreementAmendments)
    .innerJoin(agreementTerms, eq(agreementTerms.amendmentId, agreementAmendments.id))
    .where(eq(agreementAmendments.agreementId, agreementId))
    .orderBy(asc(agreementAmendments.seq))
    .all()
    .map(({ amendment, terms }) => ({ ...amendment, terms: pickTerms(terms) }));
}

/** The last day the agreement is valid: the early end, else the agreed end; null when open-ended. */
export function lastDayOf(row: Pick<AgreementRow, 'endedOn' | 'validTo'>): string | null {
  return row.endedOn ?? row.validTo;
}

/** The agreement's days split by the terms in force (signed amendments only). */
export function segmentsFor(row: AgreementRow, original: AgreementTerms, amendments: AmendmentRecord[]): Segment[] {
  const signed = amendments.filter((m) => m.status === 'signed');
  return segmentsOf(row.validFrom, lastDayOf(row), original, signed);
}

/** An agreement's terms as periods of days, signed amendments applied: what pay reads. */
export function termSegments(ctx: Ctx, id: number): Segment[] {
  return segmentsFor(agreementRow(ctx, id), originalTerms(ctx, id), amendmentsOf(ctx, id));
}

/** The terms an amendment changes: compared with the latest signed terms before it. */
function amendmentChanges(original: AgreementTerms, amendments: AmendmentRecord[], target: AmendmentRecord) {
  const before = amendments.filter((m) => m.seq < target.seq && m.status === 'signed').at(-1)?.terms ?? original;
  return changedTerms(before, target.terms);
}

export function toAmendment(original: AgreementTerms, all: AmendmentRecord[], m: AmendmentRecord): Amendment {
  return {
    id: m.id,
    agreementId: m.agreementId,
    seq: m.seq,
    status: m.status,
    effectiveFrom: m.effectiveFrom,
    signedOn: m.signedOn,
    terms: m.terms,
    changes: amendmentChanges(original, all, m),
    reason: m.reason,
    createdAt: m.createdAt,
  };
}

export function loadAgreement(ctx: Ctx, id: number): Agreement {
  const row = agreementRow(ctx, id);
  const today = ctx.today();
  const client = ctx.db.select(clientRefColumns).from(clients).where(eq(clients.id, row.clientId)).get();
  if (!client) throw new Error(`Agreement ${id} has no client`);
  const state = ctx.db.get<{ state: Agreement['state'] }>(
    sql`SELECT ${stateSql(today)} AS state FROM agreements a WHERE a.id = ${id}`,
  ).state;
  const original = originalTerms(ctx, id);
  const amendments = amendmentsOf(ctx, id);
  const segments = segmentsFor(row, original, amendments);
  const documents = ctx.db
    .select({
      id: agreementDocuments.id,
      kind: agreementDocuments.kind,
      amendmentId: agreementDocuments.amendmentId,
      lang: agreementDocuments.lang,
      printedAt: agreementDocuments.printedAt,
      fileName: agreementDocuments.fileName,
    })
    .from(agreementDocuments)
    .where(eq(agreementDocuments.agreementId, id))
    .orderBy(desc(agreementDocuments.id))
    .all();
  return {
    id: row.id,
    number: row.number,
    kind: kindOf(row),
    status: row.status,
    state,
    client,
    validFrom: row.validFrom,
    validTo: row.validTo,
    signedOn: row.signedOn,
    endedOn: row.endedOn,
    endReason: row.endReason,
    noticeBy: row.noticeBy,
    noticeDeliveredOn: row.noticeDeliveredOn,
    schoolingConfirmed: row.schoolingConfirmed,
    warnings: ageWarnings(ctx, { birthDate: client.birthDate, validFrom: row.validFrom }),
    lastDay: lastDayOf(row),
    terms: original,
    current: termsOn(segments, today > row.validFrom ? today : row.validFrom),
    amendments: amendments.map((m) => toAmendment(original, amendments, m)),
    documents,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

interface SummaryRow extends Omit<AgreementSummary, 'pendingAmendment'> {
  pendingAmendment: number;
}

/** Register rows (with the terms in force today), filtered by `where` on `a` (agreements) and `c` (clients). */
export function summaries(ctx: Ctx, where: SQL, page: { limit: number; offset: number }): AgreementSummary[] {
  const today = ctx.today();
  return ctx.db
    .all<SummaryRow>(
      sql`SELECT a.id, a.number, a.kind, a.status, ${stateSql(today)} AS state, a.client_id AS clientId,
        c.code AS clientCode, c.first_name AS firstName, c.last_name AS lastName, a.valid_from AS validFrom,
        a.valid_to AS validTo, ${lastDaySql()} AS lastDay, t.hourly_rate AS hourlyRate,
        t.weekly_minutes AS weeklyMinutes,
        EXISTS (SELECT 1 FROM agreement_amendments m WHERE m.agreement_id = a.id AND m.status <> 'signed')
          AS pendingAmendment
      FROM agreements a JOIN clients c ON c.id = a.client_id JOIN agreement_terms t ON t.id = ${currentTermsIdSql(today)}
      WHERE ${where}
      ORDER BY a.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
    )
    .map((r) => ({ ...r, pendingAmendment: r.pendingAmendment === 1 }));
}

export function countAgreements(ctx: Ctx, where: SQL): number {
  return (
    ctx.db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM agreements a JOIN clients c ON c.id = a.client_id WHERE ${where}`,
    )?.n ?? 0
  );
}

/** The register's filter: words of the client's name or code, or the agreement's number; states. */
export function registerFilter(
  ctx: Ctx,
  filter: { query: string; clientId?: number | undefined; states?: string[] | undefined },
): SQL {
  const conditions: SQL[] = [sql`1 = 1`];
  for (const token of searchTokens(filter.query)) {
    conditions.push(sql`(c.search_text LIKE ${`%${token}%`} ESCAPE '\\' OR a.number LIKE ${`%${token}%`} ESCAPE '\\')`);
  }
  if (filter.clientId !== undefined) conditions.push(sql`a.client_id = ${filter.clientId}`);
  if (filter.states && filter.states.length > 0) {
    conditions.push(
      sql`${stateSql(ctx.today())} IN (${sql.join(
        filter.states.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  return sql.join(conditions, sql` AND `);
}
