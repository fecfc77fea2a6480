import { eq } from 'drizzle-orm';
import { arrivals, shifts, workRecords } from '../../db/schema/index.js';
import type { ArrivalView, AttendanceSettings, FitnessAnswer } from '../contract/attendance.js';
import { localMoment, timestampOf } from '../contract/dates.js';
import { translate } from '../contract/i18n.js';
import { clockTime, dateText, fullName, shiftLabel } from '../contract/present.js';
import { isLateArrival } from '../contract/shift-time.js';
import type { Warning } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { clientsWithValidAgreement, youngOn } from '../agreements/index.js';
import { takeBackWalkIn } from '../schedule/index.js';
import { requireDayOpen } from './lock.js';
import { insertArrival, type BookingFacts } from './queries.js';
import { arrivalView } from './rows.js';
import { loadAttendanceSettings } from './settings.js';

/**
 * Recording what happened at the desk. Each rule refuses with the field to
 * fix; the call runs in one transaction, so a refusal writes nothing.
 */

/** A walk-in's booking, made in the same call: the arrival's audit entry records it. */
export interface WalkInBooking {
  walkIn: { shiftId: number; overrideReason: string | null };
}

export interface ArrivalInput {
  outcome: 'admitted' | 'sentAway' | 'noShow';
  time: string | null;
  fitness: FitnessAnswer[];
  sentAwayReason: string | null;
}

/** An outcome is recorded once per booking, for a standing booking of a shift that is on, on its day or later, in an open pay month. */
export function assertRecordable(ctx: Ctx, facts: BookingFacts, field: string): void {
  // Named only when refused: formatting the shift costs more than the checks.
  const shift = () => shiftLabel(ctx.locale, facts.shift);
  if (facts.arrivalId !== null) {
    throw new DomainError('attendance.alreadyRecorded', { name: fullName(facts), shift: shift() }, field);
  }
  // A cancelled shift cancels its bookings: the shift is the reason to name.
  if (facts.shift.status === 'cancelled') throw new DomainError('attendance.shiftCancelled', { shift: shift() }, field);
  if (facts.booking.status !== 'booked') throw new DomainError('attendance.bookingNotStanding', {}, field);
  if (facts.shift.date > ctx.today()) throw new DomainError('attendance.futureDay', { shift: shift() }, field);
  requireDayOpen(ctx, facts.shift.date, field);
}

/** When the client came: the time given on the shift's day, or now when recording as it happens. */
function arrivalMoment(ctx: Ctx, date: string, time: string | null): Date {
  if (time === null) {
    if (date !== ctx.today()) throw new DomainError('attendance.timeRequired', {}, 'time');
    return ctx.now();
  }
  const moment = localMoment(date, time);
  if (moment.getTime() > ctx.now().getTime()) {
    throw new DomainError('attendance.futureTime', { time: clockTime(time) }, 'time');
  }
  return moment;
}

/** The agreement gate, the whole fitness check passed, and the late policy. */
function assertAdmissible(
  ctx: Ctx,
  facts: BookingFacts,
  input: ArrivalInput,
  late: boolean,
  settings: AttendanceSettings,
) {
  const name = fullName(facts);
  if (!clientsWithValidAgreement(ctx, [facts.clientId], facts.shift.date).has(facts.clientId)) {
    throw new DomainError(
      'attendance.noAgreement',
      { name, date: dateText(ctx.locale, facts.shift.date), clientId: facts.clientId },
      'outcome',
    );
  }
  if (input.fitness.length !== settings.fitnessItems.length) {
    throw new DomainError('attendance.fitnessIncomplete', { count: settings.fitnessItems.length }, 'fitness');
  }
  const failed = input.fitness.findIndex((a) => !a.ok);
  if (failed >= 0) {
    throw new DomainError('attendance.unfit', { item: input.fitness[failed]?.label ?? '' }, `fitness.${failed}.ok`);
  }
  if (late && settings.latePolicy === 'sendAway') {
    const time = clockTime(timeOf(input, ctx));
    throw new DomainError(
      'attendance.lateSendAway',
      { name, time, start: clockTime(facts.shift.startTime) },
      'outcome',
    );
  }
}

function timeOf(input: ArrivalInput, ctx: Ctx): string {
  return input.time ?? timestampOf(ctx.now()).slice(11, 16);
}

function warn(ctx: Ctx, code: 'lateAdmitted' | 'youngEmployee', params: Record<string, unknown>): Warning {
  return {
    code: `attendance.${code}`,
    message: translate(ctx.locale, `warnings.attendance.${code}`, params),
    params,
  };
}

function admissionWarnings(ctx: Ctx, facts: BookingFacts, input: ArrivalInput, late: boolean): Warning[] {
  const name = fullName(facts);
  const warnings: Warning[] = [];
  if (late) {
    warnings.push(
      warn(ctx, 'lateAdmitted', { name, time: clockTime(timeOf(input, ctx)), start: clockTime(facts.shift.startTime) }),
    );
  }
  const adultAge = youngOn(ctx, facts.birthDate, facts.shift.date);
  if (adultAge !== null) warnings.push(warn(ctx, 'youngEmployee', { name, age: adultAge }));
  return warnings;
}

/** Checks and writes an outcome for a booking; answers the arrival and what is worth saying. */
export function recordOutcome(
  ctx: Ctx,
  facts: BookingFacts,
  input: ArrivalInput,
  options: { walkIn: WalkInBooking | null; field: string },
): { arrival: ArrivalView; warnings: Warning[] } {
  assertRecordable(ctx, facts, options.field);
  const settings = loadAttendanceSettings(ctx);
  const arrived = input.outcome === 'noShow' ? null : arrivalMoment(ctx, facts.shift.date, input.time);
  const late = arrived !== null && isLateArrival(facts.shift.startTime, timeOf(input, ctx), settings.lateGraceMinutes);
  let warnings: Warning[] = [];
  if (input.outcome === 'admitted') {
    assertAdmissible(ctx, facts, input, late, settings);
    warnings = admissionWarnings(ctx, facts, input, late);
  }
  const row = insertArrival(ctx, {
    bookingId: facts.booking.id,
    shiftId: facts.shift.id,
    clientId: facts.clientId,
    outcome: input.outcome,
    arrivedAt: arrived ? timestampOf(arrived) : null,
    late,
    walkIn: options.walkIn !== null,
    fitness: JSON.stringify(input.fitness),
    sentAwayReason: input.outcome === 'sentAway' ? input.sentAwayReason : null,
    recordedAt: ctx.timestamp(),
    recordedBy: ctx.actor,
  });
  // The fitness answers are health details: the audit keeps the outcome, not them.
  ctx.audit({
    entity: 'arrival',
    entityId: row.id,
    detail: { bookingId: row.bookingId, clientId: row.clientId, outcome: row.outcome, late, ...options.walkIn },
  });
  return { arrival: arrivalView(row), warnings };
}

/** Takes back an outcome on the shift's day; an admitted client's work record, and a walk-in's booking, go with it. */
export function undoArrival(ctx: Ctx, arrivalId: number) {
  const found = ctx.db
    .select({ row: arrivals, date: shifts.date })
    .from(arrivals)
    .innerJoin(shifts, eq(shifts.id, arrivals.shiftId))
    .where(eq(arrivals.id, arrivalId))
    .get();
  if (!found) throw notFound('arrivalId');
  const { row, date } = found;
  if (date !== ctx.today()) {
    throw new DomainError('attendance.undoOnlyOnDay', { date: dateText(ctx.locale, date) }, 'arrivalId');
  }
  requireDayOpen(ctx, date, 'arrivalId');
  const record = ctx.db.select().from(workRecords).where(eq(workRecords.arrivalId, arrivalId)).get();
  if (record) {
    ctx.db.delete(workRecords).where(eq(workRecords.id, record.id)).run();
  }
  ctx.db.delete(arrivals).where(eq(arrivals.id, arrivalId)).run();
  if (row.walkIn) takeBackWalkIn(ctx, row.bookingId);
  ctx.audit({
    entity: 'arrival',
    entityId: arrivalId,
    detail: { undone: row.outcome, bookingId: row.bookingId, workRecordId: record?.id ?? null, walkIn: row.walkIn },
  });
  return { arrivalId, bookingId: row.bookingId };
}
