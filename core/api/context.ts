import type { AppDb } from '../../db/open.js';
import { auditLog } from '../../db/schema/index.js';
import { localIsoDate, localIsoDateTime } from '../contract/dates.js';
import type { Locale } from '../contract/i18n.js';

/** What a use case gets besides its input: the transaction, the clock, who acts. */
export interface Ctx {
  db: AppDb;
  locale: Locale;
  actor: string;
  method: string;
  meta: { appVersion: string; schemaVersion: string };
  now(): Date;
  today(): string;
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
  return {
    db,
    locale: options.locale,
    actor: options.actor,
    method: options.method,
    meta: options.meta,
    now: () => at,
    today: () => localIsoDate(at),
    timestamp: () => localIsoDateTime(at),
    audit: ({ entity, entityId = null, detail = {} }) => {
      db.insert(auditLog)
        .values({
          at: localIsoDateTime(at),
          actor: options.actor,
          method: options.method,
          entity,
          entityId,
          detail: JSON.stringify(detail),
        })
        .run();
    },
  };
}
