import { z } from 'zod';
import { isoWeeksInYear } from './dates.js';
import { id, isoDate, optionalIsoDate, optionalText, requiredText } from './fields.js';
import { locales } from './i18n.js';
import { documentMethod, method } from './method.js';
import { chosenCancelKinds, clientHistory, releasedBooking } from './schedule-history.js';
import {
  agreementAverageView,
  bookingResult,
  noShowView,
  cancelResult,
  patternEndResult,
  patternSaveResult,
  patternView,
  shiftCancelResult,
  shiftRestoreResult,
  warning,
  weekView,
} from './schedule-views.js';

/** A local time of day, 'HH:MM' (24-hour). */
export const timeOfDay = z
  .string({ error: 'validation.required' })
  .min(1, 'validation.required')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

const count = (min: number, max: number) =>
  z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(min, min === 0 ? 'validation.notNegative' : 'validation.tooSmall')
    .max(max, 'validation.tooBig');

const isoWeekFields = { year: count(2000, 2100), week: count(1, 53) };
const weekExists = (v: { year: number; week: number }) => v.week <= isoWeeksInYear(v.year);
const noSuchWeek = { path: ['week'], message: 'validation.isoWeek' };

export const isoWeekInput = z.strictObject(isoWeekFields).refine(weekExists, noSuchWeek);

/** A stored shift by id, or the pattern's shift on a date of a week nobody has written to yet. */
export const shiftRef = z.union([z.strictObject({ shiftId: id }), z.strictObject({ patternId: id, date: isoDate })], {
  error: 'validation.shiftRef',
});

/** The reason for going past the weekly limit or the no-show block; without one they hold. */
const overrideReason = optionalText(200);

/** The refusals that a written `overrideReason` lets past (core/schedule's `signUpException`). */
export const overridableRefusals: readonly string[] = ['schedule.weeklyLimit', 'schedule.noShowBlock'];

const shiftFields = {
  start: timeOfDay,
  end: timeOfDay,
  places: count(1, 30),
  place: requiredText(80),
  task: optionalText(200),
};

const endAfterStart = { path: ['end'], message: 'validation.endBeforeStart' };

export const scheduleSettings = z.strictObject({
  /** Shifts a client may take in one ISO week. */
  weeklyLimit: count(1, 7),
  /** Sign-up is open for this week and this many weeks after it. */
  weeksAhead: count(0, 26),
  /** Waiting clients who have not worked in this many weeks go first; 0 = plain order of sign-up. */
  fairnessWeeks: count(0, 52),
  /** Empty lines for the waiting list on the printed sheet. */
  waitingLines: count(0, 12),
  /** This many no-shows within `noShowWeeks` weeks block sign-up for `noShowBlockWeeks` weeks; 0 = no block. */
  noShowLimit: count(0, 20),
  noShowWeeks: count(1, 52),
  noShowBlockWeeks: count(1, 52),
  /** How booked names appear on the sheet for the wall: in full, or first name and initial. */
  wallNames: z.enum(['full', 'short'], { error: 'validation.invalidOption' }),
  houseRulesCs: requiredText(600),
  houseRulesEn: requiredText(600),
});
export type ScheduleSettings = z.output<typeof scheduleSettings>;

export const patternInput = z
  .strictObject({
    id: id.optional(),
    weekday: count(1, 7),
    ...shiftFields,
    /** For a change to an existing pattern: the first day the change applies. */
    validFrom: isoDate,
    validTo: optionalIsoDate,
  })
  .refine((v) => v.end > v.start, endAfterStart)
  .refine((v) => v.validTo === null || v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'validation.endBeforeStart',
  });

export const extraShiftInput = z
  .strictObject({ date: isoDate, ...shiftFields })
  .refine((v) => v.end > v.start, endAfterStart);

export const shiftUpdateInput = z
  .strictObject({ shift: shiftRef, ...shiftFields })
  .refine((v) => v.end > v.start, endAfterStart);

const printLang = z.enum(locales, { error: 'validation.invalidOption' }).optional();

export const scheduleMethods = {
  'schedule.week': method({
    summary: 'The week board: shifts of an ISO week with bookings, free places, waiting lists and pending notices.',
    kind: 'read',
    input: isoWeekInput,
    output: weekView,
  }),
  'schedule.book': method({
    summary:
      'Sign a client up for a shift. Enforces places, the weekly limit and the no-show block (overridable with a reason), suspensions and start time; answers warnings.',
    kind: 'write',
    input: z.strictObject({ shift: shiftRef, clientId: id, overrideReason }),
    output: bookingResult,
  }),
  'schedule.cancelBooking': method({
    summary: 'Cross a client off a shift (kept as history); the first eligible waiting client moves up.',
    kind: 'write',
    input: z.strictObject({
      bookingId: id,
      /** Why: by the client in time, excused, or removed by the coordinator. */
      kind: z.enum(chosenCancelKinds, { error: 'validation.invalidOption' }),
      reason: optionalText(200),
    }),
    output: cancelResult,
  }),
  'schedule.restoreBooking': method({
    summary:
      'Undo a cancellation: a client who moved up into the freed place goes back to their waiting place; otherwise the place must still be free.',
    kind: 'write',
    input: z.strictObject({ bookingId: id }),
    output: bookingResult.extend({ unpromoted: cancelResult.shape.promoted }),
  }),
  'schedule.releasePreview': method({
    summary:
      'The bookings a suspension over the days, or a deactivation (no dates: from today on), would take off the sheet.',
    kind: 'read',
    input: z
      .strictObject({ clientId: id, fromDate: optionalIsoDate, toDate: optionalIsoDate })
      .refine((v) => v.toDate === null || v.fromDate === null || v.toDate >= v.fromDate, {
        path: ['toDate'],
        message: 'validation.endBeforeStart',
      }),
    output: z.array(releasedBooking),
  }),
  'schedule.clientHistory': method({
    summary: 'One client’s coming shifts, bookings (booked, moved, cancelled with why) and waiting-list entries.',
    kind: 'read',
    input: z.strictObject({ clientId: id }),
    output: clientHistory,
  }),
  'schedule.moveBooking': method({
    summary: 'Move a booked client to another shift; the freed place goes to the waiting list.',
    kind: 'write',
    input: z.strictObject({ bookingId: id, to: shiftRef, overrideReason }),
    output: bookingResult,
  }),
  'schedule.addToWaitingList': method({
    summary: 'Put a client on the waiting list of a full shift.',
    kind: 'write',
    input: z.strictObject({ shift: shiftRef, clientId: id, overrideReason }),
    output: z.object({ entryId: z.number(), shiftId: z.number(), position: z.number() }),
  }),
  'schedule.removeFromWaitingList': method({
    summary: 'Take a client off a waiting list.',
    kind: 'write',
    input: z.strictObject({ entryId: id }),
    output: z.object({ entryId: z.number() }),
  }),
  'schedule.markTold': method({
    summary: 'Record that the client was told of a change (moved up; shift cancelled, back on or changed).',
    kind: 'write',
    input: z.strictObject({ bookingId: id }),
    output: z.object({ bookingId: z.number() }),
  }),
  'schedule.cancelShift': method({
    summary: 'Call off one shift (e.g. a holiday); answers who was booked and must be told.',
    kind: 'write',
    input: z.strictObject({ shift: shiftRef, reason: requiredText(200) }),
    output: shiftCancelResult,
  }),
  'schedule.restoreShift': method({
    summary: 'Undo a cancelled shift; its bookings come back where the rules still allow.',
    kind: 'write',
    input: z.strictObject({ shiftId: id }),
    output: shiftRestoreResult,
  }),
  'schedule.addExtraShift': method({
    summary: 'Add a one-off shift on a date.',
    kind: 'write',
    input: extraShiftInput,
    output: z.object({ shiftId: z.number(), warnings: z.array(warning) }),
  }),
  'schedule.openHolidayShift': method({
    summary: 'Open a pattern shift that falls on a public holiday for sign-up (holiday pay applies).',
    kind: 'write',
    input: z.strictObject({ shift: shiftRef }),
    output: z.object({ shiftId: z.number(), warnings: z.array(warning) }),
  }),
  'schedule.updateShift': method({
    summary: 'Change one shift’s time, places, place or task; more places go to the waiting list.',
    kind: 'write',
    input: shiftUpdateInput,
    output: z.object({ shiftId: z.number(), promoted: cancelResult.shape.promoted }),
  }),
  'schedule.listPatterns': method({
    summary: 'The recurring shifts with their validity periods.',
    kind: 'read',
    input: z.strictObject({ includeEnded: z.boolean().default(false) }),
    output: z.array(patternView),
  }),
  'schedule.savePattern': method({
    summary:
      'Add a recurring shift, or change one from a date on (the old settings stay for earlier weeks and for shifts already on the sheet).',
    kind: 'write',
    input: patternInput,
    output: patternSaveResult,
  }),
  'schedule.endPattern': method({
    summary: 'Stop a recurring shift after a day; one never used is deleted.',
    kind: 'write',
    input: z.strictObject({ id, lastDay: isoDate }),
    output: patternEndResult,
  }),
  'schedule.noShows': method({
    summary:
      'Clients’ no-shows (all, and within the rule’s window) and whether repeated no-shows block their sign-up today.',
    kind: 'read',
    input: z.strictObject({ clientIds: z.array(id).min(1, 'validation.required').max(100, 'validation.tooBig') }),
    output: z.array(noShowView),
  }),
  'schedule.agreementAverage': method({
    summary:
      'An agreement’s running weekly average: hours worked in its balancing period against the legal limit (today, or its last day when ended). Null without the year’s figures.',
    kind: 'read',
    input: z.strictObject({ agreementId: id }),
    output: agreementAverageView.nullable(),
  }),
  'schedule.getSettings': method({
    summary: 'Sign-up rules: weekly limit, weeks open ahead, fairness window, printed sheet.',
    kind: 'read',
    input: z.strictObject({}),
    output: scheduleSettings,
  }),
  'schedule.saveSettings': method({
    summary: 'Change the sign-up rules.',
    kind: 'write',
    input: scheduleSettings,
    output: scheduleSettings,
  }),
  'schedule.printWeek': documentMethod({
    summary: 'The weekly sign-up sheet to hang on the wall (A4 landscape).',
    kind: 'document',
    input: z.strictObject({ ...isoWeekFields, lang: printLang }).refine(weekExists, noSuchWeek),
  }),
  'schedule.printDay': documentMethod({
    summary: 'The day list for the arrival desk: who is expected, with boxes to tick.',
    kind: 'document',
    input: z.strictObject({ date: isoDate, lang: printLang }),
  }),
};
