/**
 * The advance after a worked shift: the agreement's share of the shift's gross
 * pay, rounded down to whole CZK, capped so that the month's advances never
 * exceed the net pay the month's work so far is expected to bring.
 */
import { eq } from 'drizzle-orm';
import { advanceDeclines, clients, workRecords } from '../../db/schema/index.js';
import type { AdvanceProposal } from '../contract/advances.js';
import { addDays, isoWeekday } from '../contract/dates.js';
import { listName } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { notFound } from '../api/domain-error.js';
import { termSegments } from '../agreements/index.js';
import { workedBetween, type WorkedDay } from '../attendance/index.js';
import { currentBalance, paidTowards, receiptView, standingReceipt } from '../cash/index.js';
import {
  expectedNetPay,
  lastDayOf,
  payMonth,
  roundDownAdvance,
  type ClientPayFacts,
  type PayFigures,
  type RatePeriod,
  type WorkedPiece,
} from '../pay/index.js';
import { parametersOn } from '../settings/index.js';

const basisPoints = 10000;

function pieceOf(day: WorkedDay): WorkedPiece {
  // dayKind says "holiday" when a holiday falls on a weekend: the date decides the weekend.
  return {
    date: day.workDate,
    minutes: day.minutes,
    holiday: day.dayKind === 'holiday',
    weekend: isoWeekday(day.workDate) >= 6,
  };
}

/**
 * The tax declaration counts for a month when it was signed by its last day.
 * The state paying health insurance is a standing fact of the client.
 */
function factsOf(ctx: Ctx, clientId: number, month: string): ClientPayFacts & { name: string } {
  const client = ctx.db.select().from(clients).where(eq(clients.id, clientId)).get();
  if (!client) throw notFound('clientId');
  const since = client.taxDeclarationSince;
  return {
    name: listName(client),
    taxDeclarationSigned: client.taxDeclarationSigned && since !== null && since <= lastDayOf(month),
    statePaysHealthInsurance: client.statePaysHealthInsurance,
  };
}

/** The figures of every day the month's pay reads: the days worked and the month's last day. */
function figuresFor(ctx: Ctx, days: readonly string[]): PayFigures[] {
  const periods = new Map<string, PayFigures>();
  for (const day of new Set(days)) {
    const row = parametersOn(ctx, day);
    periods.set(row.validFrom, row);
  }
  return [...periods.values()];
}

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
  const worked = workedBetween(ctx, [clientId], `${month}-01`, lastDayOf(month));
  const shift = worked.find((w) => w.workRecordId === workRecordId);
  if (!shift) throw notFound('workRecordId');
  const agreements = [...new Set(worked.map((w) => w.agreementId))];
  const segments = agreements.flatMap((id) => termSegments(ctx, id));
  const terms: readonly RatePeriod[] = segments;
  const { name, ...facts } = factsOf(ctx, clientId, month);
  const parameters = figuresFor(ctx, [...worked.map((w) => w.workDate), lastDayOf(month)]);
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
    clientName: name,
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
