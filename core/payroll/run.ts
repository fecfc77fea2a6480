/**
 * The pay run of a draft month: every client who worked in it (or has a
 * correction in it), computed afresh from the month's records on every look.
 */
import { asc, eq } from 'drizzle-orm';
import { payrollAdjustments } from '../../db/schema/index.js';
import type { PayAdjustment } from '../contract/payroll.js';
import type { Ctx } from '../api/context.js';
import { workedBetween, workersBetween, type WorkedDay } from '../attendance/index.js';
import { paidTowardsMonth } from '../cash/index.js';
import { lastDayOf } from '../pay/index.js';
import type { PayParametersRow } from '../settings/index.js';
import { clientRows, figuresFor, payFactsOf, segmentsOf, type ClientRow, type TermSegment } from './inputs.js';
import { payslipOf, type PayslipFigures } from './payslip.js';

export interface DraftRun {
  month: string;
  /** The figures in force on the month's last day: what insurance and tax were settled with. */
  parameters: PayParametersRow;
  payslips: PayslipFigures[];
  /** What the warnings read besides the payslips. */
  clients: Map<number, ClientRow>;
  worked: Map<number, WorkedDay[]>;
  periods: PayParametersRow[];
}

export function adjustmentsOf(ctx: Ctx, month: string): PayAdjustment[] {
  return ctx.db
    .select()
    .from(payrollAdjustments)
    .where(eq(payrollAdjustments.month, month))
    .orderBy(asc(payrollAdjustments.id))
    .all();
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function draftRun(ctx: Ctx, month: string): DraftRun {
  const from = `${month}-01`;
  const to = lastDayOf(month);
  const adjustments = groupBy(adjustmentsOf(ctx, month), (a) => a.clientId);
  const ids = [...new Set([...workersBetween(ctx, from, to), ...adjustments.keys()])];
  const workedDays = workedBetween(ctx, ids, from, to);
  const periods = figuresFor(
    ctx,
    month,
    workedDays.map((w) => w.workDate),
  );
  const worked = groupBy(workedDays, (w) => w.clientId);
  const clients = clientRows(ctx, ids);
  const advances = paidTowardsMonth(ctx, month, 'advance');
  const cache = new Map<number, TermSegment[]>();
  segmentsOf(
    ctx,
    workedDays.map((w) => w.agreementId),
    cache,
  );
  const payslips: PayslipFigures[] = [];
  for (const client of clients.values()) {
    const days = worked.get(client.id) ?? [];
    const terms = segmentsOf(
      ctx,
      days.map((d) => d.agreementId),
      cache,
    );
    payslips.push(
      payslipOf({
        month,
        client,
        worked: days,
        segments: terms,
        facts: payFactsOf(client, month),
        parameters: periods,
        advances: advances.get(client.id) ?? 0,
        adjustments: adjustments.get(client.id) ?? [],
      }),
    );
  }
  const parameters = periods.find((p) => p.validFrom <= to && p.validTo >= to);
  if (!parameters) throw new Error(`figuresFor answers the figures of ${to}`);
  return { month, parameters, payslips, clients, worked, periods };
}
