import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Who changed what and when; written by the dispatcher for every write. */
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
