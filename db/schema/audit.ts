import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Who did what and when, in the words of the use case (a booking's reason, an
 * agreement signed); written by the handlers through `ctx.audit`. Append-only:
 * triggers refuse every UPDATE and DELETE except the one redaction an
 * anonymisation makes (see core/privacy).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    method: text('method').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    detail: text('detail').notNull(),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId)],
);

export const auditOperations = ['insert', 'update', 'delete'] as const;

/**
 * Every change of a row in the audited tables, with the changed columns'
 * values before and after (JSON objects; null for an insert's before and a
 * delete's after). Written by connection triggers the dispatcher installs
 * (core/privacy/capture.ts), so no handler has to remember it. `clientId` is
 * the client the row belongs to, for the log's filter; it has no foreign key,
 * so the log outlives what it describes. Append-only like `audit_log`.
 */
export const auditChanges = sqliteTable(
  'audit_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    method: text('method').notNull(),
    tableName: text('table_name').notNull(),
    rowId: integer('row_id').notNull(),
    operation: text('operation', { enum: auditOperations }).notNull(),
    clientId: integer('client_id'),
    before: text('before'),
    after: text('after'),
    /** Personal values were blanked when the client was anonymised. */
    redacted: integer('redacted', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('audit_changes_client').on(t.clientId, t.id),
    index('audit_changes_at').on(t.at),
    index('audit_changes_table').on(t.tableName, t.id),
  ],
);
