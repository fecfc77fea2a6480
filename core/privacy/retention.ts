import { asc, sql } from 'drizzle-orm';
import { retentionRules } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import type { RetentionRule } from '../contract/privacy.js';

/** Every rule the file holds, by kind and start: the settings screen lists them read-only. */
export function listRetentionRules(ctx: Ctx): RetentionRule[] {
  return ctx.db
    .select({
      kind: retentionRules.kind,
      years: retentionRules.years,
      citation: retentionRules.citation,
      validFrom: retentionRules.validFrom,
      validTo: retentionRules.validTo,
    })
    .from(retentionRules)
    .orderBy(asc(retentionRules.kind), asc(retentionRules.validFrom))
    .all();
}

/** The retention rule of a kind in force on a day, else the newest one (a day before the first rule). */
export function retentionOn(ctx: Ctx, kind: RetentionRule['kind'], day: string): { years: number; citation: string } {
  const rule = ctx.db.get<{ years: number; citation: string }>(sql`
    SELECT years, citation FROM retention_rules WHERE kind = ${kind}
    ORDER BY (valid_from <= ${day} AND (valid_to IS NULL OR valid_to >= ${day})) DESC, valid_from DESC LIMIT 1`);
  if (!rule) throw new DomainError('internal');
  return rule;
}
