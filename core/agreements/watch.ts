/** Keeping watch: what the coordinator should act on before it becomes a problem. */
import { asc, gt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { agreements, payParameters } from '../../db/schema/index.js';
import type { AgreementState } from '../contract/agreements/schemas.js';
import type { WatchLists } from '../contract/agreements/watch.js';
import { addDays } from '../contract/dates.js';
import type { Ctx } from '../api/context.js';
import { belowMinimum } from './minimum-wage.js';
import { summaries } from './rows.js';
import { lastDaySql } from './rules.js';
import { loadAgreementSettings } from './settings.js';
import { stateSql } from './state.js';
import { validOnSql } from './validity.js';

interface Brief {
  id: number;
  number: string;
  state: AgreementState;
}

function endingSoon(ctx: Ctx, watchDays: number): WatchLists['endingSoon'] {
  const today = ctx.today();
  const until = addDays(today, watchDays);
  const rows = summaries(ctx, sql`a.status IN ('signed', 'ended') AND ${lastDaySql()} BETWEEN ${today} AND ${until}`, {
    limit: 500,
    offset: 0,
  });
  return rows
    .map((row) => ({
      ...row,
      followUp:
        ctx.db.get<Brief | undefined>(
          sql`SELECT a.id, a.number, ${stateSql(today)} AS state FROM agreements a
            WHERE a.client_id = ${row.clientId} AND a.id <> ${row.id} AND a.valid_from > ${row.lastDay}
            ORDER BY a.valid_from LIMIT 1`,
        ) ?? null,
    }))
    .sort((a, b) => (a.lastDay ?? '').localeCompare(b.lastDay ?? '') || a.number.localeCompare(b.number));
}

function withoutAgreement(ctx: Ctx): WatchLists['withoutAgreement'] {
  const today = ctx.today();
  const clients = ctx.db.all<{ clientId: number; code: string; firstName: string; lastName: string }>(
    sql`SELECT c.id AS clientId, c.code, c.first_name AS firstName, c.last_name AS lastName FROM clients c
      WHERE c.active = 1 AND NOT EXISTS (SELECT 1 FROM agreements a WHERE a.client_id = c.id AND ${validOnSql(today, alias(agreements, 'a'))})
      ORDER BY c.sort_key`,
  );
  return clients.map((client) => ({
    ...client,
    pending:
      ctx.db.get<Brief | undefined>(
        sql`SELECT a.id, a.number, ${stateSql(today)} AS state FROM agreements a
          WHERE a.client_id = ${client.clientId}
          AND (a.status IN ('draft', 'printed') OR (a.status = 'signed' AND a.valid_from > ${today}))
          ORDER BY a.valid_from LIMIT 1`,
      ) ?? null,
  }));
}

export function watchLists(ctx: Ctx): WatchLists {
  const { watchDays } = loadAgreementSettings(ctx);
  const next = ctx.db
    .select({ validFrom: payParameters.validFrom, minWageHourly: payParameters.minWageHourly })
    .from(payParameters)
    .where(gt(payParameters.validFrom, ctx.today()))
    .orderBy(asc(payParameters.validFrom))
    .get();
  return {
    today: ctx.today(),
    watchDays,
    endingSoon: endingSoon(ctx, watchDays),
    withoutAgreement: withoutAgreement(ctx),
    belowMinimum: belowMinimum(ctx),
    nextParameters: next ?? null,
  };
}
