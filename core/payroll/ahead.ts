/**
 * The early warning: a client whose month will reach the insurance threshold
 * with the shifts already booked, so the schedule can change before it does.
 */
import { validAgreementOn } from '../agreements/index.js';
import { isoWeekday } from '../contract/dates.js';
import { listName } from '../contract/present.js';
import { spanMinutes } from '../contract/shift-time.js';
import type { Ctx } from '../api/context.js';
import { dayKindOf } from '../holidays/index.js';
import { lastDayOf, payMonth, type WorkedPiece } from '../pay/index.js';
import { bookedAhead } from '../schedule/index.js';
import { clientRows, figuresFor, payFactsOf, pieceOf, segmentsOf } from './inputs.js';
import type { DraftRun } from './run.js';

export interface ExpectedMonth {
  clientId: number;
  name: string;
  gross: number;
}

/** Clients not insured yet whose worked and booked shifts will bring the threshold or more, with that gross. */
export function expectedAhead(ctx: Ctx, run: DraftRun): Map<number, ExpectedMonth> {
  const first = `${run.month}-01`;
  const from = ctx.today() > first ? ctx.today() : first;
  const to = lastDayOf(run.month);
  const expected = new Map<number, ExpectedMonth>();
  if (from > to) return expected;
  const booked = bookedAhead(ctx, from, to);
  if (booked.length === 0) return expected;
  const newcomers = clientRows(
    ctx,
    booked.map((b) => b.clientId).filter((id) => !run.clients.has(id)),
  );
  const insured = new Set(run.payslips.filter((p) => p.insured).map((p) => p.clientId));
  const periods = figuresFor(
    ctx,
    run.month,
    booked.map((b) => b.date),
  );
  for (const clientId of new Set(booked.map((b) => b.clientId))) {
    const client = run.clients.get(clientId) ?? newcomers.get(clientId);
    if (!client || insured.has(clientId)) continue;
    const worked = run.worked.get(clientId) ?? [];
    const agreementIds = worked.map((w) => w.agreementId);
    const pieces: WorkedPiece[] = worked.map(pieceOf);
    for (const shift of booked.filter((b) => b.clientId === clientId)) {
      // Without an agreement the shift will not be worked: the desk refuses it.
      const agreement = validAgreementOn(ctx.db, clientId, shift.date);
      if (!agreement) continue;
      agreementIds.push(agreement.id);
      pieces.push({
        date: shift.date,
        minutes: spanMinutes(shift.startTime, shift.endTime),
        holiday: dayKindOf(ctx, shift.date) === 'holiday',
        weekend: isoWeekday(shift.date) >= 6,
      });
    }
    const { gross } = payMonth({
      month: run.month,
      work: pieces,
      terms: segmentsOf(ctx, agreementIds),
      facts: payFactsOf(client, run.month),
      parameters: [...run.periods, ...periods],
    });
    if (gross >= run.parameters.insuranceThresholdMonthly) {
      expected.set(clientId, { clientId, name: listName(client), gross });
    }
  }
  return expected;
}
