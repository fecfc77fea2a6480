import type { AppDb } from '../../db/open.js';
import { localIsoDate, timestampOf } from '../contract/dates.js';
import type { Locale } from '../contract/i18n.js';
import type { Statement } from './statements.js';

const insertAudit = `INSERT INTO audit_log (at, actor, method, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)`;

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
  /** A statement prepared once on this call's connection, for hot paths; runs inside the call's transaction. */
  statement(source: string): Statement;
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
    statement: (source: string) => Statement;
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
    statement: options.statement,
    audit: ({ entity, entityId = null, detail = {} }) => {
      options
        .statement(insertAudit)
        .run(stamp, options.actor, options.method, entity, entityId, JSON.stringify(detail));
    },
  };
}
