import type { DayClientView, DayShiftView, DayView, NextStep } from '../contract/attendance.js';
import type { Ctx } from '../api/context.js';
import { youngOn } from '../agreements/index.js';
import { dayKindOf, holidayOn } from '../holidays/index.js';
import { shiftsOfDay, type DeskShift } from '../schedule/index.js';
import { agreementsOn, clientsOnShifts, type DeskRow } from './queries.js';
import { arrivalView, workRecordView } from './rows.js';

/**
 * The day at the arrival desk in one read: shifts from the sign-up sheet,
 * booked clients with their outcome and work record, the agreement gate and
 * the young-employee flag, so the screen asks nothing more per client.
 */

function nextStep(row: DeskRow): NextStep {
  if (!row.arrival) return 'arrival';
  if (row.arrival.outcome === 'admitted' && !row.workRecord) return 'workRecord';
  return 'done';
}

function clientView(ctx: Ctx, row: DeskRow, date: string, agreementId: number | undefined): DayClientView {
  return {
    bookingId: row.bookingId,
    clientId: row.clientId,
    code: row.code,
    firstName: row.firstName,
    lastName: row.lastName,
    nickname: row.nickname,
    underAge: youngOn(ctx, row.birthDate, date) !== null,
    agreement: { valid: agreementId !== undefined, agreementId: agreementId ?? null },
    arrival: row.arrival ? arrivalView(row.arrival) : null,
    workRecord: row.workRecord ? workRecordView(ctx, row.workRecord) : null,
    next: nextStep(row),
  };
}

/** Free places as the sign-up rules count them: a no-show still holds the booked place. */
function shiftView(shift: DeskShift, clients: DayClientView[], standing: number): DayShiftView {
  return {
    ref: shift.ref,
    id: shift.id,
    date: shift.date,
    start: shift.startTime,
    end: shift.endTime,
    places: shift.places,
    place: shift.place,
    task: shift.task,
    status: shift.status,
    cancelReason: shift.cancelReason,
    free: Math.max(0, shift.places - standing),
    clients,
  };
}

export function dayAtTheDesk(ctx: Ctx, date: string): DayView {
  const shifts = shiftsOfDay(ctx, date);
  const rows = clientsOnShifts(
    ctx,
    shifts.flatMap((s) => (s.id === null ? [] : [s.id])),
  );
  const agreed = agreementsOn(ctx, [...new Set(rows.map((r) => r.clientId))], date);
  const byShift = new Map<number, DayClientView[]>();
  const standing = new Map<number, number>();
  for (const row of rows) {
    const list = byShift.get(row.shiftId) ?? [];
    list.push(clientView(ctx, row, date, agreed.get(row.clientId)));
    byShift.set(row.shiftId, list);
    if (row.bookingStatus === 'booked') standing.set(row.shiftId, (standing.get(row.shiftId) ?? 0) + 1);
  }
  const holiday = holidayOn(ctx, date);
  return {
    date,
    today: ctx.today(),
    dayKind: dayKindOf(ctx, date),
    holiday: holiday?.name ?? null,
    recordable: date <= ctx.today(),
    shifts: shifts.map((s) =>
      s.id === null ? shiftView(s, [], 0) : shiftView(s, byShift.get(s.id) ?? [], standing.get(s.id) ?? 0),
    ),
  };
}
