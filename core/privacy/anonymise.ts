import { sql } from 'drizzle-orm';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { AnonymisationPlan } from '../contract/privacy.js';
import { eq } from 'drizzle-orm';
import { clients } from '../../db/schema/index.js';
import { clientDuplicateKey, clientSearchText, clientSortKey } from '../clients/index.js';
import { auditedByName, auditedTables, redactedColumns, tableNameOf } from './audited.js';
import { retentionOn } from './retention.js';
import { addMonths, loadPrivacySettings } from './settings.js';

interface ClientFacts {
  firstName: string;
  lastName: string;
  active: number;
  deactivatedOn: string | null;
}

/** The last year a kind of record is about, or null when the client has none. */
function lastYears(ctx: Ctx, clientId: number): { payroll: number | null; accounting: number | null } {
  const row = ctx.db.get<{ payroll: string | null; accounting: string | null }>(sql`
    SELECT max(
      (SELECT max(work_date) FROM work_records WHERE client_id = ${clientId}),
      (SELECT max(COALESCE(ended_on, valid_to, valid_from)) FROM agreements
        WHERE client_id = ${clientId} AND status IN ('signed', 'ended'))
    ) AS payroll,
    (SELECT max(date) FROM cash_entries WHERE client_id = ${clientId}) AS accounting`);
  const year = (day: string | null | undefined) => (day ? Number(day.slice(0, 4)) : null);
  return { payroll: year(row?.payroll), accounting: year(row?.accounting) };
}

function isAnonymised(ctx: Ctx, clientId: number): boolean {
  return (
    ctx.db.get(sql`SELECT 1 FROM audit_log
      WHERE entity = 'client' AND entity_id = ${clientId} AND method = 'privacy.anonymise'`) !== undefined
  );
}

/**
 * What anonymising would do now: whether it may run, and what stays (for how
 * long, by which law) or goes. Identity stays only while pay records must be
 * kept: a client who never worked under an agreement keeps nothing of it.
 */
export function anonymisationPlan(ctx: Ctx, clientId: number): AnonymisationPlan {
  const client = ctx.db.get<ClientFacts>(sql`SELECT first_name AS firstName, last_name AS lastName, active,
    deactivated_on AS deactivatedOn FROM clients WHERE id = ${clientId}`);
  if (!client) throw notFound('clientId');
  const { anonymiseAfterMonths } = loadPrivacySettings(ctx);
  const leftOn = client.active ? null : client.deactivatedOn;
  const possibleFrom = leftOn === null ? null : addMonths(leftOn, anonymiseAfterMonths);
  let blockedBy: AnonymisationPlan['blockedBy'] = null;
  if (isAnonymised(ctx, clientId)) blockedBy = 'alreadyAnonymised';
  else if (client.active || possibleFrom === null) blockedBy = 'active';
  else if (possibleFrom > ctx.today()) blockedBy = 'tooRecent';

  const years = lastYears(ctx, clientId);
  const ruleDay = leftOn ?? ctx.today();
  const kept: AnonymisationPlan['kept'] = [];
  if (years.payroll !== null) {
    const rule = retentionOn(ctx, 'payroll', ruleDay);
    const until = `${years.payroll + rule.years}-12-31`;
    for (const group of ['identity', 'agreements', 'workRecords'] as const) kept.push({ group, until, ...rule });
  }
  if (years.accounting !== null) {
    const rule = retentionOn(ctx, 'accounting', ruleDay);
    kept.push({ group: 'cashRecords', until: `${years.accounting + rule.years}-12-31`, ...rule });
  }
  const removed: AnonymisationPlan['removed'] = [
    ...(years.payroll === null ? (['identity'] as const) : []),
    'contact',
    'notes',
    'suspensions',
    'health',
    'reasons',
    'auditValues',
  ];
  return {
    clientId,
    clientName: `${client.firstName} ${client.lastName}`,
    blockedBy,
    leftOn,
    possibleFrom,
    kept,
    removed,
  };
}

/** Blanks the personal values in the client's log entries: the one change the log's triggers allow. */
function redactLog(ctx: Ctx, clientId: number): void {
  const rows = ctx.db.all<{ id: number; tableName: string; before: string | null; after: string | null }>(sql`
    SELECT id, table_name AS tableName, before, after FROM audit_changes WHERE client_id = ${clientId} AND redacted = 0`);
  for (const row of rows) {
    const entry = auditedByName.get(row.tableName);
    if (!entry) continue;
    const blanked = redactedColumns(entry);
    let touched = false;
    const blank = (json: string | null) => {
      if (json === null) return null;
      const values = JSON.parse(json) as Record<string, unknown>;
      for (const key of Object.keys(values)) {
        if (blanked.has(key) && values[key] !== null) {
          values[key] = null;
          touched = true;
        }
      }
      return JSON.stringify(values);
    };
    const before = blank(row.before);
    const after = blank(row.after);
    if (touched) {
      ctx.db.run(sql`UPDATE audit_changes SET before = ${before}, after = ${after}, redacted = 1 WHERE id = ${row.id}`);
    }
  }
  const redacted = '{"redacted":true}';
  ctx.db.run(sql`UPDATE audit_log SET detail = ${redacted}
    WHERE detail <> ${redacted} AND json_extract(detail, '$.clientId') = ${clientId}`);
  for (const entry of auditedTables) {
    if (!entry.entities) continue;
    const table = tableNameOf(entry);
    ctx.db.run(sql`UPDATE audit_log SET detail = ${redacted}
      WHERE detail <> ${redacted}
        AND entity IN (SELECT value FROM json_each(${JSON.stringify(entry.entities)}))
        AND entity_id IN (SELECT id FROM ${sql.identifier(table)} WHERE ${sql.raw(entry.client(`"${table}"`))} = ${clientId})`);
  }
}

/** Search, sort and duplicate keys are copies of the names: rebuilt from what is left. */
function rebuildKeys(ctx: Ctx, clientId: number): void {
  const row = ctx.db.select().from(clients).where(eq(clients.id, clientId)).get();
  if (!row) throw notFound('clientId');
  ctx.db
    .update(clients)
    .set({ searchText: clientSearchText(row), sortKey: clientSortKey(row), duplicateKey: clientDuplicateKey(row) })
    .where(eq(clients.id, clientId))
    .run();
}

/**
 * Anonymises a client as the plan says: blanks the personal columns of every
 * audited table (identity too when no pay records need it), then the same
 * values inside the log, and records that it happened.
 */
export function anonymise(ctx: Ctx, clientId: number): AnonymisationPlan {
  const plan = anonymisationPlan(ctx, clientId);
  if (plan.blockedBy === 'alreadyAnonymised') throw new DomainError('privacy.alreadyAnonymised', {}, 'clientId');
  if (plan.blockedBy === 'active') throw new DomainError('privacy.clientActive', {}, 'clientId');
  if (plan.blockedBy === 'tooRecent') {
    throw new DomainError('privacy.leftTooRecently', { leftOn: plan.leftOn, from: plan.possibleFrom }, 'clientId');
  }
  const keepIdentity = plan.kept.some((k) => k.group === 'identity');
  for (const entry of auditedTables) {
    const blanks = { ...entry.personal, ...(keepIdentity ? {} : entry.identity) };
    const columns = Object.entries(blanks);
    if (columns.length === 0) continue;
    const table = tableNameOf(entry);
    const set = columns.map(([column, value]) => `"${column}" = ${value}`).join(', ');
    ctx.db.run(
      sql`UPDATE ${sql.identifier(table)} SET ${sql.raw(set)} WHERE ${sql.raw(entry.client(`"${table}"`))} = ${clientId}`,
    );
  }
  rebuildKeys(ctx, clientId);
  redactLog(ctx, clientId);
  ctx.audit({
    entity: 'client',
    entityId: clientId,
    detail: { anonymised: true, kept: plan.kept.map((k) => k.group) },
  });
  return { ...plan, blockedBy: 'alreadyAnonymised' };
}
