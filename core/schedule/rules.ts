import { translate } from '../contract/i18n.js';
import type { Catalogue } from '../contract/messages/shape.js';
import type { ScheduleSettings } from '../contract/schedule.js';
import type { ShiftRef, Warning } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import {
  dayPremium,
  signUpEligibility,
  type ClientFacts,
  type DayPremium,
  type SignUpBlock,
  type SignUpEligibility,
} from './eligibility.js';
import { dateText as dateLabel, daysText, fullName, minutesText, shiftLabel, weekLabel } from '../contract/present.js';
import { bookedCount, clientRow } from './queries.js';
import { loadScheduleSettings } from './settings.js';
import { closedError, resolveShift, type ShiftRow } from './shifts.js';

/**
 * The sign-up rules as refusals and warnings in the caller's language. What
 * the rules decide lives in eligibility.ts; here each block becomes a
 * DomainError naming the input field to fix. Callers run inside the call's one
 * transaction, so what was checked is what gets written.
 */

export function loadClientFacts(ctx: Ctx, clientId: number, field = 'clientId'): ClientFacts {
  const row = clientRow(ctx, clientId);
  if (!row) throw notFound(field);
  return row;
}

/** The input fields a refusal names: the one choosing the shift and the one choosing the client. */
export interface RefusalFields {
  shift: string;
  client: string;
}

function blockError(ctx: Ctx, block: SignUpBlock, e: SignUpEligibility, shift: ShiftRow, fields: RefusalFields) {
  const name = fullName(e.client);
  const label = shiftLabel(ctx.locale, shift);
  switch (block.rule) {
    case 'shiftStarted':
    case 'shiftCancelled':
      return closedError(ctx, shift, block.rule, fields.shift);
    case 'notOpenYet':
      return new DomainError(
        'schedule.notOpenYet',
        { week: weekLabel(shift.date, ctx.today()), opensOn: dateLabel(ctx.locale, block.opensOn) },
        fields.shift,
      );
    case 'clientInactive':
      return new DomainError('schedule.clientInactive', { name }, fields.client);
    case 'suspended':
      return new DomainError(
        'schedule.suspended',
        {
          name,
          from: dateLabel(ctx.locale, block.from),
          to: block.to ? dateLabel(ctx.locale, block.to) : '…',
          shift: label,
        },
        fields.client,
      );
    case 'alreadyBooked':
      return new DomainError('schedule.alreadyBooked', { name, shift: label }, fields.client);
    case 'holidayClosed':
      return new DomainError('schedule.holidayClosed', { shift: label, holiday: block.holiday }, fields.shift);
  }
}

/** Refuses with the first rule that blocks the client, in the order the rules are checked. */
export function assertEligible(ctx: Ctx, e: SignUpEligibility, shift: ShiftRow, fields: RefusalFields): void {
  const [first] = e.blocks;
  if (first) throw blockError(ctx, first, e, shift, fields);
}

/**
 * The rules a written reason lets past: the no-show block and the weekly
 * limit. With either in the way, the reason is answered (to be stored with
 * who and when, as the booking's `overrideReason`); with neither, the answer
 * is null, so a reason that was not needed is not recorded as an exception.
 */
export function signUpException(
  ctx: Ctx,
  e: SignUpEligibility,
  shift: ShiftRow,
  /** `field`: the input to name when refused; restoring a booking has no reason field. */
  options: { overrideReason: string | null; field?: string },
): string | null {
  if (e.weeklyLimit === null && e.noShowBlock === null) return null;
  if (options.overrideReason !== null) return options.overrideReason;
  const field = options.field ?? 'overrideReason';
  if (e.noShowBlock !== null) {
    const settings = loadScheduleSettings(ctx);
    throw new DomainError(
      'schedule.noShowBlock',
      {
        name: fullName(e.client),
        count: e.noShowBlock.noShows,
        weeks: settings.noShowWeeks,
        date: dateLabel(ctx.locale, e.noShowBlock.from),
        until: dateLabel(ctx.locale, e.noShowBlock.until),
      },
      field,
    );
  }
  if (e.weeklyLimit === null) return null;
  throw new DomainError(
    'schedule.weeklyLimit',
    {
      name: fullName(e.client),
      week: weekLabel(shift.date, ctx.today()),
      limit: e.weeklyLimit.limit,
      shifts: e.weeklyLimit.shifts.map((o) => shiftLabel(ctx.locale, o)).join(', '),
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

function premiumWarning(ctx: Ctx, premium: DayPremium, day: string): Warning {
  const date = dateLabel(ctx.locale, day);
  return premium.rule === 'holiday'
    ? warn(ctx, 'holidayPay', { date, holiday: premium.holiday })
    : warn(ctx, 'weekendPremium', { date });
}

/** Said when a shift is put on a day whose work earns a premium (a new shift, a holiday shift opened). */
export function premiumWarnings(ctx: Ctx, days: readonly string[]): Warning[] {
  return days.flatMap((day) => {
    const premium = dayPremium(ctx, day);
    return premium ? [premiumWarning(ctx, premium, day)] : [];
  });
}

/** The eligibility's warnings in the caller's language, and a recorded exception to the no-show block or the weekly limit. */
export function signUpWarnings(
  ctx: Ctx,
  e: SignUpEligibility,
  shift: ShiftRow,
  overrideReason: string | null,
): Warning[] {
  const warnings = e.warnings.map((w) => {
    switch (w.rule) {
      case 'noParameters':
        return warn(ctx, 'noParameters', {});
      case 'shortNotice':
        return warn(ctx, 'shortNotice', { notice: daysText(ctx.locale, w.noticeDays), noticeDays: w.noticeDays });
      case 'noAgreement':
        return warn(ctx, 'noAgreement', { name: fullName(e.client), date: dateLabel(ctx.locale, shift.date) });
      case 'overAverage':
        return warn(ctx, 'overAverage', {
          name: fullName(e.client),
          average: minutesText(w.averageMinutes),
          limit: minutesText(w.limitMinutes),
          from: dateLabel(ctx.locale, w.periodFrom),
          to: dateLabel(ctx.locale, w.periodTo),
        });
      case 'holiday':
      case 'weekend':
        return premiumWarning(ctx, w, shift.date);
    }
  });
  if (overrideReason !== null && e.noShowBlock !== null) {
    warnings.push(warn(ctx, 'noShowOverrideRecorded', { reason: overrideReason }));
  }
  if (overrideReason !== null && e.weeklyLimit !== null) {
    warnings.push(warn(ctx, 'overrideRecorded', { reason: overrideReason }));
  }
  return warnings;
}

/** One client's eligibility for one shift, refused at once when anything but the weekly limit blocks. */
export function eligibleOrRefused(
  ctx: Ctx,
  shift: ShiftRow,
  client: ClientFacts,
  options: { settings: ScheduleSettings; fields: RefusalFields; movingBookingId?: number; signUpWindow?: boolean },
): SignUpEligibility {
  const [e] = signUpEligibility(ctx, shift, [client], options);
  if (!e) throw new Error('Eligibility answers for every client asked');
  assertEligible(ctx, e, shift, options.fields);
  return e;
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
  const eligibility = eligibleOrRefused(ctx, shift, client, {
    settings,
    fields: { shift: 'shift', client: 'clientId' },
  });
  return { settings, shift, eligibility };
}
