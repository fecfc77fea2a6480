import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { arrivals, shifts, workRecords } from '../../db/schema/index.js';
import type { DayKind } from '../contract/holidays.js';
import type { Ctx } from '../api/context.js';
import { constant, preparedForIds, preparedPerConnection } from '../api/statements.js';

/**
 * What the shift day tells other domains: who worked when (an admitted
 * arrival with a work record, the meaning pay, fairness and the weekly
 * average read) and who did not come.
 */

const p = sql.placeholder;

/** Prepared once per connection, with `= ?` for one client (a booking asks about one) and a JSON list for more. */
const worked = preparedForIds((db, idIn) =>
  db
    .select({
      workRecordId: workRecords.id,
      clientId: workRecords.clientId,
      agreementId: workRecords.agreementId,
      shiftId: workRecords.shiftId,
      workDate: workRecords.workDate,
      minutes: workRecords.minutes,
      dayKind: workRecords.dayKind,
    })
    .from(workRecords)
    .where(and(idIn(workRecords.clientId), gte(workRecords.workDate, p('from')), lte(workRecords.workDate, p('to'))))
    .orderBy(asc(workRecords.workDate), asc(workRecords.id))
    .prepare(),
);

const noShows = preparedForIds((db, idIn) =>
  db
    .select({ arrivalId: arrivals.id, clientId: arrivals.clientId, date: shifts.date, shiftId: shifts.id })
    .from(arrivals)
    .innerJoin(shifts, eq(shifts.id, arrivals.shiftId))
    .where(
      and(
        idIn(arrivals.clientId),
        eq(arrivals.outcome, constant('noShow')),
        gte(shifts.date, p('from')),
        lte(shifts.date, p('to')),
      ),
    )
    .orderBy(asc(shifts.date), asc(arrivals.id))
    .prepare(),
);

/** Who has a work record in a range of days: the month's pay run starts from them. */
const workers = preparedPerConnection((db) =>
  db
    .selectDistinct({ clientId: workRecords.clientId })
    .from(workRecords)
    .where(and(gte(workRecords.workDate, p('from')), lte(workRecords.workDate, p('to'))))
    .prepare(),
);

export interface WorkedDay {
  workRecordId: number;
  clientId: number;
  agreementId: number;
  shiftId: number;
  workDate: string;
  /** After the rounding setting. */
  minutes: number;
  dayKind: DayKind;
}

/** The work records of these clients from one day to another (both included), in order of date. */
export function workedBetween(ctx: Ctx, clientIds: readonly number[], from: string, to: string): WorkedDay[] {
  if (clientIds.length === 0) return [];
  const { query, ids } = worked(ctx.db, clientIds);
  return query.all({ ids, from, to });
}

/** The clients with a work record from one day to another (both included). */
export function workersBetween(ctx: Ctx, from: string, to: string): number[] {
  return workers(ctx.db)
    .all({ from, to })
    .map((r) => r.clientId);
}

/** The months ('YYYY-MM') with any work record, oldest first. */
export function workedMonths(ctx: Ctx): string[] {
  return ctx.db
    .selectDistinct({ month: sql<string>`substr(${workRecords.workDate}, 1, 7)` })
    .from(workRecords)
    .orderBy(sql`1`)
    .all()
    .map((r) => r.month);
}

/** The no-shows of these clients on shifts from one day to another (both included), in order of date. */
export function noShowsBetween(
  ctx: Ctx,
  clientIds: readonly number[],
  from: string,
  to: string,
): { arrivalId: number; clientId: number; date: string; shiftId: number }[] {
  if (clientIds.length === 0) return [];
  const { query, ids } = noShows(ctx.db, clientIds);
  return query.all({ ids, from, to });
}
