import { addDays, daysBetween } from '../contract/dates.js';
import { translate } from '../contract/i18n.js';
import type { Catalogue } from '../contract/messages/shape.js';
import type { ScheduleSettings } from '../contract/schedule.js';
import type { ShiftRef, Warning } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { parametersOn } from '../settings/handlers.js';
import { dateText as dateLabel, daysText, fullName, shiftLabel, weekLabel } from '../contract/present.js';
import { bookedCount, clientRow, hasAgreement, isBookedOn, standingBetween, suspensionOn } from './queries.js';
import { loadScheduleSettings } from './settings.js';
import { assertChangeable, mondayOf, resolveShift, type ShiftRow } from './shifts.js';

export { bookedCount, suspensionOn } from './queries.js';

/**
 * The sign-up rules. Each check throws a DomainError naming the rule and the
 * input field to fix; the callers run them inside the call's one transaction,
 * so what was checked is what gets written.
 */

export interface ClientFacts {
  clientId: number;
  code: string;
  firstName: string;
  lastName: string;
  nickname: string | null;
  active: boolean;
}

export function loadClientFacts(ctx: Ctx, clientId: number, field = 'clientId'): ClientFacts {
  const row = clientRow(ctx, clientId);
  if (!row) throw notFound(field);
  return row;
}

/** Sign-up for a week opens `weeksAhead` weeks before it, on a Monday. */
export function signUpOpensOn(monday: string, settings: ScheduleSettings): string {
  return addDays(monday, -7 * settings.weeksAhead);
}

export function assertSignUpOpen(ctx: Ctx, shift: ShiftRow, settings: ScheduleSettings, field = 'shift'): void {
  const monday = mondayOf(shift.date);
  const opensOn = signUpOpensOn(monday, settings);
  if (ctx.today() < opensOn) {
    throw new DomainError(
      'schedule.notOpenYet',
      { week: weekLabel(shift.date, ctx.today()), opensOn: dateLabel(ctx.locale, opensOn) },
      field,
    );
  }
}

/** The client's standing bookings in the ISO week of `date`, optionally leaving one out (a move). */
export function bookingsInWeek(ctx: Ctx, clientId: number, date: string, excludeBookingId?: number) {
  const monday = mondayOf(date);
  return standingBetween(ctx, clientId, monday, addDays(monday, 6), excludeBookingId);
}

/** The rules about the person that no reason overrides: in the programme, not suspended that day. */
export function assertClientAllowed(ctx: Ctx, client: ClientFacts, shift: ShiftRow, field = 'clientId'): void {
  const name = fullName(client);
  if (!client.active) throw new DomainError('schedule.clientInactive', { name }, field);
  const suspension = suspensionOn(ctx, client.clientId, shift.date);
  if (suspension) {
    throw new DomainError(
      'schedule.suspended',
      {
        name,
        from: dateLabel(ctx.locale, suspension.fromDate),
        to: suspension.toDate ? dateLabel(ctx.locale, suspension.toDate) : '…',
        shift: shiftLabel(ctx.locale, shift),
      },
      field,
    );
  }
}

/**
 * The weekly limit. Over it, a written reason lets the booking through and is
 * answered (to be stored with who and when); within it the answer is null, so
 * a reason that was not needed is not recorded as an exception. A booking
 * being moved does not count against the week it leaves.
 */
export function weeklyLimitOverride(
  ctx: Ctx,
  client: ClientFacts,
  shift: ShiftRow,
  settings: ScheduleSettings,
  overrideReason: string | null,
  excludeBookingId?: number,
  /** The input field to name when refused; restoring a booking has no reason field. */
  field = 'overrideReason',
): string | null {
  const others = bookingsInWeek(ctx, client.clientId, shift.date, excludeBookingId);
  if (others.length < settings.weeklyLimit) return null;
  if (overrideReason !== null) return overrideReason;
  throw new DomainError(
    'schedule.weeklyLimit',
    {
      name: fullName(client),
      week: weekLabel(shift.date, ctx.today()),
      limit: settings.weeklyLimit,
      shifts: others.map((o) => shiftLabel(ctx.locale, o)).join(', '),
    },
    field,
  );
}

/** No more bookings than places. */
export function assertPlaceFree(ctx: Ctx, shift: ShiftRow, field = 'shift'): void {
  const booked = bookedCount(ctx, shift.id);
  if (booked >= shift.places) {
    throw new DomainError(
      'schedule.shiftFull',
      { shift: shiftLabel(ctx.locale, shift), booked, places: shift.places },
      field,
    );
  }
}

function warn(ctx: Ctx, code: keyof Catalogue['warnings']['schedule'], params: Record<string, unknown>): Warning {
  return { code: `schedule.${code}`, message: translate(ctx.locale, `warnings.schedule.${code}`, params), params };
}

/**
 * What is allowed but worth saying: a shift inside the legal schedule notice
 * (a figure of the pay parameters valid today, when the schedule is given),
 * and a client without a valid agreement that day.
 */
export function bookingWarnings(
  ctx: Ctx,
  client: ClientFacts,
  shift: ShiftRow,
  overrideReason: string | null,
): Warning[] {
  const warnings: Warning[] = [];
  let noticeDays: number | null = null;
  try {
    noticeDays = parametersOn(ctx, ctx.today()).scheduleNoticeDays;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    warnings.push(warn(ctx, 'noParameters', {}));
  }
  if (noticeDays !== null && daysBetween(ctx.today(), shift.date) < noticeDays) {
    warnings.push(warn(ctx, 'shortNotice', { notice: daysText(ctx.locale, noticeDays), noticeDays }));
  }
  if (!hasAgreement(ctx, client.clientId, shift.date)) {
    warnings.push(warn(ctx, 'noAgreement', { name: fullName(client), date: dateLabel(ctx.locale, shift.date) }));
  }
  if (overrideReason !== null) warnings.push(warn(ctx, 'overrideRecorded', { reason: overrideReason }));
  return warnings;
}

/** One standing booking per client and shift. */
export function assertNotOnShift(ctx: Ctx, client: ClientFacts, shift: ShiftRow, field = 'clientId'): void {
  if (isBookedOn(ctx, shift.id, client.clientId)) {
    throw new DomainError(
      'schedule.alreadyBooked',
      { name: fullName(client), shift: shiftLabel(ctx.locale, shift) },
      field,
    );
  }
}

/**
 * The checks every sign-up passes, to a place or to the waiting list: the
 * shift can still change and is open for sign-up, the client may work then
 * and is not on it already. Answers what the caller checks further.
 */
export function checkSignUp(ctx: Ctx, ref: ShiftRef, clientId: number) {
  const settings = loadScheduleSettings(ctx);
  const client = loadClientFacts(ctx, clientId);
  const shift = resolveShift(ctx, ref);
  assertChangeable(ctx, shift);
  assertSignUpOpen(ctx, shift, settings);
  assertClientAllowed(ctx, client, shift);
  assertNotOnShift(ctx, client, shift);
  return { settings, client, shift };
}
