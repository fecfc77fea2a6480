import { sql } from 'drizzle-orm';
import type { Ctx } from '../api/context.js';
import type { AuditEntry } from '../contract/privacy.js';
import type { auditFilter } from '../contract/privacy.js';
import type { z } from 'zod';
import { auditedByName, redactedColumns, tablesOfArea } from './audited.js';
import { columnLabel, isLinkColumn, recordLabel, valueText } from './present.js';

type Filter = z.output<typeof auditFilter>;

interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  method: string;
  tableName: string;
  rowId: number;
  operation: AuditEntry['operation'];
  clientId: number | null;
  firstName: string | null;
  lastName: string | null;
  before: string | null;
  after: string | null;
  redacted: number;
}

function whereOf(filter: Filter) {
  const parts = [sql`1 = 1`];
  if (filter.clientId !== null) parts.push(sql`a.client_id = ${filter.clientId}`);
  // `at` starts with the local date it was recorded on, which is the day the coordinator means.
  if (filter.fromDate) parts.push(sql`substr(a.at, 1, 10) >= ${filter.fromDate}`);
  if (filter.toDate) parts.push(sql`substr(a.at, 1, 10) <= ${filter.toDate}`);
  if (filter.area)
    parts.push(sql`a.table_name IN (SELECT value FROM json_each(${JSON.stringify(tablesOfArea(filter.area))}))`);
  return sql.join(parts, sql` AND `);
}

function parsed(json: string | null): Record<string, unknown> {
  return json === null ? {} : (JSON.parse(json) as Record<string, unknown>);
}

function entryOf(ctx: Ctx, row: ChangeRow): AuditEntry {
  const entry = auditedByName.get(row.tableName);
  const blanked = entry ? redactedColumns(entry) : new Set<string>();
  const before = parsed(row.before);
  const after = parsed(row.after);
  const redacted = row.redacted === 1;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => row.operation === 'update' || !isLinkColumn(field),
  );
  const shown = (field: string, value: unknown) =>
    valueText(ctx.locale, row.tableName, field, value, redacted && blanked.has(field));
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    method: row.method,
    area: entry?.area ?? 'personal',
    record: recordLabel(ctx.locale, row.tableName),
    recordId: row.rowId,
    operation: row.operation,
    clientId: row.clientId,
    clientName: row.lastName === null ? null : `${row.firstName ?? ''} ${row.lastName}`.trim(),
    redacted,
    changes: fields.map((field) => ({
      field,
      label: columnLabel(ctx.locale, field),
      before: row.operation === 'insert' ? '' : shown(field, before[field] ?? null),
      after: row.operation === 'delete' ? '' : shown(field, after[field] ?? null),
    })),
  };
}

/** The log, newest first, filtered by client, local date and area. */
export function auditLogPage(ctx: Ctx, filter: Filter): { entries: AuditEntry[]; total: number } {
  const where = whereOf(filter);
  const rows = ctx.db.all<ChangeRow>(sql`
    SELECT a.id, a.at, a.actor, a.method, a.table_name AS tableName, a.row_id AS rowId, a.operation,
      a.client_id AS clientId, c.first_name AS firstName, c.last_name AS lastName, a.before, a.after, a.redacted
    FROM audit_changes a LEFT JOIN clients c ON c.id = a.client_id
    WHERE ${where} ORDER BY a.id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  const total = ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_changes a WHERE ${where}`)?.n ?? 0;
  return { entries: rows.map((row) => entryOf(ctx, row)), total };
}
