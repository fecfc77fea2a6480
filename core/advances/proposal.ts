/**
 * The advance after a worked shift: the agreement's share of the shift's gross
 * pay, rounded down to whole CZK, capped so that the month's advances never
 * exceed the net pay the month's work so far is expected to bring.
 */
import { eq } from 'drizzle-orm';
import { advanceDeclines, workRecords } from '../../db/schema/index.js';
import type { AdvanceProposal } from '../contract/advances.js';
import { addDays, isoWeekday } from '../contract/dates.js';
import { listName } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { notFound } from '../api/domain-error.js';
import { currentBalance, paidTowards, receiptView, standingReceipt } from '../cash/index.js';
import { expectedNetPay, payMonth, roundDownAdvance, type RatePeriod } from '../pay/index.js';
import { clientMonth, pieceOf } from '../payroll/index.js';

const basisPoints = 10000;

/** The Sunday of the ISO week of a day: an advance is paid in the week of its shift. */
export function endOfIsoWeek(day: string): string {
  return addDays(day, 7 - isoWeekday(day));
}

/** The work record's client and day; the month's work comes from the shift day's public module. */
function recordOf(ctx: Ctx, workRecordId: number): { clientId: number; workDate: string } {
  const row = ctx.db
    .select({ clientId: workRecords.clientId, workDate: workRecords.workDate })
    .from(workRecords)
    .where(eq(workRecords.id, workRecordId))
    .get();
  if (!row) throw notFound('workRecordId');
  return row;
}

export function proposeAdvance(ctx: Ctx, workRecordId: number): AdvanceProposal {
  const { clientId, workDate } = recordOf(ctx, workRecordId);
  const month = workDate.slice(0, 7);
  const { client, worked, segments, facts, parameters } = clientMonth(ctx, clientId, month);
  const shift = worked.find((w) => w.workRecordId === workRecordId);
  if (!shift) throw notFound('workRecordId');
  const terms: readonly RatePeriod[] = segments;
  const shiftGross = payMonth({ month, work: [pieceOf(shift)], terms, facts, parameters }).gross;
  const shareBp = (segments.find((s) => s.from <= workDate && (s.to === null || s.to >= workDate)) ?? segments[0])
    ?.terms.advanceShareBp;
  if (shareBp === undefined) throw new Error(`work record ${workRecordId} has no agreed terms`);
  const share = roundDownAdvance(shiftGross * shareBp, basisPoints);
  const expectedNet = expectedNetPay({ month, work: worked.map(pieceOf), terms, facts, parameters });

  const paid = standingReceipt(ctx, 'advance', workRecordId);
  const paidBefore = paidTowards(ctx, clientId, month, 'advance') - (paid?.amount ?? 0);
  const cap = roundDownAdvance(Math.max(0, expectedNet - paidBefore));
  const overAdvanced = Math.max(0, paidBefore + (paid?.amount ?? 0) - expectedNet);
  const declined = ctx.db.select().from(advanceDeclines).where(eq(advanceDeclines.workRecordId, workRecordId)).get();
  const payableUntil = endOfIsoWeek(workDate);
  const status = paid ? 'paid' : declined ? 'declined' : ctx.today() > payableUntil ? 'weekOver' : 'open';
  return {
    workRecordId,
    clientId,
    clientName: listName(client),
    workDate,
    minutes: shift.minutes,
    payMonth: month,
    shiftGross,
    shareBp,
    share,
    expectedNet,
    paidBefore,
    cap,
    amount: paid ? paid.amount : Math.min(share, cap),
    capped: cap < share,
    overAdvanced,
    status,
    payableUntil,
    receipt: paid ? receiptView(ctx, paid.id) : null,
    cashBalance: currentBalance(ctx),
    declineReason: declined?.reason ?? null,
  };
}

/** The proposals for every shift worked on a day, in the order the records were made. */
export function advancesOfDay(ctx: Ctx, date: string): AdvanceProposal[] {
  return ctx.db
    .select({ id: workRecords.id })
    .from(workRecords)
    .where(eq(workRecords.workDate, date))
    .orderBy(workRecords.id)
    .all()
    .map(({ id }) => proposeAdvance(ctx, id));
}
