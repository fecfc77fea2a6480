/** What the coordinator last saw of a draft month, and what changed since. */
import { eq } from 'drizzle-orm';
import { payrollSeen } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import type { PayslipFigures } from './payslip.js';

/** The figures compared between looks: the ones a payday depends on. */
const watched = ['minutes', 'gross', 'tax', 'net', 'advances', 'adjustmentsTotal', 'toPay'] as const;
type Watched = Record<(typeof watched)[number], number>;

export interface SeenMonth {
  seenAt: string | null;
  figures: Map<number, Watched>;
  names: Map<number, string>;
}

export function seenOf(ctx: Ctx, month: string): SeenMonth {
  const rows = ctx.db.select().from(payrollSeen).where(eq(payrollSeen.month, month)).all();
  const seenAt = rows.reduce<string | null>((last, r) => (last === null || r.seenAt > last ? r.seenAt : last), null);
  const parsed = rows.map((r) => ({ clientId: r.clientId, ...(JSON.parse(r.figures) as Watched & { name: string }) }));
  return {
    seenAt,
    figures: new Map(parsed.map((r) => [r.clientId, r])),
    names: new Map(parsed.map((r) => [r.clientId, r.name])),
  };
}

/** The watched figures that differ from the last look; null when the client is new in the run since then. */
export function changesOf(payslip: PayslipFigures, seen: SeenMonth) {
  const before = seen.figures.get(payslip.clientId);
  if (!before) return seen.seenAt === null ? [] : null;
  return watched
    .filter((key) => before[key] !== payslip[key])
    .map((key) => ({ key, before: before[key], after: payslip[key] }));
}

/** Remembers the month's figures as seen now; clients no longer in the run are forgotten. */
export function rememberSeen(ctx: Ctx, month: string, payslips: readonly PayslipFigures[]): string {
  const seenAt = ctx.timestamp();
  ctx.db.delete(payrollSeen).where(eq(payrollSeen.month, month)).run();
  for (const payslip of payslips) {
    const figures = { name: payslip.name, ...Object.fromEntries(watched.map((key) => [key, payslip[key]])) };
    ctx.db
      .insert(payrollSeen)
      .values({ month, clientId: payslip.clientId, figures: JSON.stringify(figures), seenAt })
      .run();
  }
  return seenAt;
}
