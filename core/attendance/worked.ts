import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { arrivals, shifts, workRecords } from '../../db/schema/index.js';
import type { DayKind } from '../contract/holidays.js';
import type { Ctx } from '../api/context.js';
import { constant, inJsonList, jsonList, preparedPerConnection } from '../api/statements.js';

/**
 * What the shift day tells other domains: who worked when (an admitted
 * arrival with a work record, the meaning pay, fairness and the weekly
 * average read) and who did not come.
 */

const p = sql.placeholder;

const queries = preparedPerConnection((db) => ({
  worked: db
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
    .where(
      and(
        inJsonList(workRecords.clientId, 'clientIds'),
        gte(workRecords.workDate, p('from')),
        lte(workRecords.workDate, p('to')),
      ),
    )
    .orderBy(asc(workRecords.workDate), asc(workRecords.id))
    .prepare(),
  noShows: db
    .select({ arrivalId: arrivals.id, clientId: arrivals.clientId, date: shifts.date, shiftId: shifts.id })
    .from(arrivals)
    .innerJoin(shifts, eq(shifts.id, arrivals.shiftId))
    .where(
      and(
        inJsonList(arrivals.clientId, 'clientIds'),
        eq(arrivals.outcome, constant('noShow')),
        gte(shifts.date, p('from')),
        lte(shifts.date, p('to')),
      ),
    )
    .orderBy(asc(shifts.date), asc(arrivals.id))
    .prepare(),
}));

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
  return queries(ctx.db).worked.all({ clientIds: jsonList(clientIds), from, to });
}

/** The no-shows of these clients on shifts from one day to another (both included), in order of date. */
export function noShowsBetween(
  ctx: Ctx,
  clientIds: readonly number[],
  from: string,
  to: string,
): { arrivalId: number; clientId: number; date: string; shiftId: number }[] {
  if (clientIds.length === 0) return [];
  return queries(ctx.db).noShows.all({ clientIds: jsonList(clientIds), from, to });
}
