import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/open.js';
import { auditLog } from '../../db/schema/index.js';
import { localIsoDate, timestampOf } from '../contract/dates.js';
import type { Locale } from '../contract/i18n.js';
import { preparedPerConnection } from './statements.js';

/** Every write adds an audit row, so the insert is prepared once. */
const auditInsert = preparedPerConnection((db) =>
  db
    .insert(auditLog)
    .values({
      at: sql.placeholder('at'),
      actor: sql.placeholder('actor'),
      method: sql.placeholder('method'),
      entity: sql.placeholder('entity'),
      entityId: sql.placeholder('entityId'),
      detail: sql.placeholder('detail'),
    })
    .prepare(),
);

/** What a use case gets besides its input: the transaction, the clock, who acts. */
export interface Ctx {
  db: AppDb;
  locale: Locale;
  actor: string;
  method: string;
  meta: { appVersion: string; schemaVersion: string };
  now(): Date;
  today(): string;
  /** The call's moment with its UTC offset (see timestampOf); compare through instantOf, not as text. */
  timestamp(): string;
  audit(entry: { entity: string; entityId?: number | null; detail?: Record<string, unknown> }): void;
}

export function createCtx(
  db: AppDb,
  options: {
    now: () => Date;
    actor: string;
    method: string;
    locale: Locale;
    meta: { appVersion: string; schemaVersion: string };
  },
): Ctx {
  const at = options.now();
  // Asked for many times per call; the clock is fixed for the call anyway.
  const today = localIsoDate(at);
  const stamp = timestampOf(at);
  return {
    db,
    locale: options.locale,
    actor: options.actor,
    method: options.method,
    meta: options.meta,
    now: () => at,
    today: () => today,
    timestamp: () => stamp,
    audit: ({ entity, entityId = null, detail = {} }) => {
      auditInsert(db).run({
        at: stamp,
        actor: options.actor,
        method: options.method,
        entity,
        entityId,
        detail: JSON.stringify(detail),
      });
    },
  };
}
