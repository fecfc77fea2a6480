import type Database from 'better-sqlite3-multiple-ciphers';
import {
  auditedByName,
  auditedTables,
  capturedColumns,
  tableNameOf,
  type AuditedTable,
  type RowRef,
} from './audited.js';

/** Who, when and through which method the changes of the running call are made. */
export interface CallStamp {
  at: string;
  actor: string;
  method: string;
}

/** What a masked column's value is logged as: that it changed, never what it said. */
export const maskedValue = { masked: true } as const;

type Row = Record<string, unknown>;

/**
 * The changed columns of one row as the log keeps them, or null when nothing
 * changed: an insert lists what was set, a delete what was there, an update
 * only the columns whose value differs.
 */
export function rowChange(
  entry: AuditedTable,
  before: Row | null,
  after: Row | null,
): { before: Row | null; after: Row | null } | null {
  const masked = new Set(entry.masked ?? []);
  const shown = (name: string, value: unknown) => (masked.has(name) && value !== null ? maskedValue : value);
  const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((key) => [key, shown(key, row[key])]));
  if (before && after) {
    const changed = Object.keys(after).filter((key) => before[key] !== after[key]);
    return changed.length === 0 ? null : { before: pick(before, changed), after: pick(after, changed) };
  }
  const row = before ?? after;
  if (!row) return null;
  const set = pick(
    row,
    Object.keys(row).filter((key) => row[key] !== null),
  );
  return before ? { before: set, after: null } : { before: null, after: set };
}

function diffFunction(table: string, before: string | null, after: string | null): string | null {
  const entry = auditedByName.get(table);
  if (!entry) return null;
  const change = rowChange(
    entry,
    before === null ? null : (JSON.parse(before) as Row),
    after === null ? null : (JSON.parse(after) as Row),
  );
  return change && JSON.stringify(change);
}

function rowJson(entry: AuditedTable, row: RowRef): string {
  return `json_object(${capturedColumns(entry)
    .map((name) => `'${name}', ${row}."${name}"`)
    .join(', ')})`;
}

function triggerSql(entry: AuditedTable, operation: 'insert' | 'update' | 'delete'): string {
  const name = tableNameOf(entry);
  const row: RowRef = operation === 'delete' ? 'OLD' : 'NEW';
  const before = operation === 'insert' ? 'NULL' : rowJson(entry, 'OLD');
  const after = operation === 'delete' ? 'NULL' : rowJson(entry, 'NEW');
  return `CREATE TEMP TRIGGER IF NOT EXISTS "audit_capture_${name}_${operation}" AFTER ${operation.toUpperCase()} ON main."${name}"
BEGIN
  INSERT INTO audit_changes (at, actor, method, table_name, row_id, operation, client_id, before, after)
  SELECT audit_call('at'), audit_call('actor'), audit_call('method'), '${name}', ${row}.id, '${operation}',
    ${entry.client(row)}, json_extract(d, '$.before'), json_extract(d, '$.after')
  FROM (SELECT audit_row_change('${name}', ${before}, ${after}) AS d) WHERE d IS NOT NULL;
END;`;
}

/**
 * Makes this connection log every change of the audited tables into
 * audit_changes. The triggers are TEMP (they live on this connection only), so
 * a migration that rebuilds a table cannot lose them and another program
 * opening the file never meets a function it does not know; every door writes
 * through the dispatcher, which installs them. `current` answers the running
 * call; a write outside any call (a migration's data) is logged as `system`.
 */
export function captureChanges(sqlite: Database.Database, current: () => CallStamp | null): void {
  sqlite.function('audit_call', { deterministic: false }, (key: unknown) => {
    const stamp = current();
    if (key === 'actor') return stamp?.actor ?? 'system';
    if (key === 'method') return stamp?.method ?? 'system';
    return stamp?.at ?? new Date().toISOString();
  });
  sqlite.function('audit_row_change', { deterministic: true }, (table: unknown, before: unknown, after: unknown) =>
    diffFunction(String(table), before as string | null, after as string | null),
  );
  for (const entry of auditedTables) {
    for (const operation of ['insert', 'update', 'delete'] as const) sqlite.exec(triggerSql(entry, operation));
  }
}
