import { z } from 'zod';
import {
  arrivalResult,
  dayView,
  walkInResult,
  workRecordChangeView,
  workRecordView,
  type ArrivalOutcome,
} from './attendance-views.js';
import { id, isoDate, optionalText, requiredText } from './fields.js';
import { method } from './method.js';
import { shiftRef, timeOfDay } from './schedule.js';

export * from './attendance-views.js';

const minutes = (max: number) =>
  z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(0, 'validation.notNegative')
    .max(max, 'validation.tooBig');

/** A text in both languages of the app; each is shown in its own. */
const bilingual = z.strictObject({ cs: requiredText(120), en: requiredText(120) });

/** Steps the worked minutes may be rounded to; 0 is no rounding (the default). */
export const roundingSteps = [0, 5, 10, 15] as const;

export const attendanceSettings = z.strictObject({
  /** The fitness-to-work check, asked in this order on every arrival. */
  fitnessItems: z.array(bilingual).max(12, 'validation.tooMany'),
  /** Minutes after the shift's start before an arrival counts as late. */
  lateGraceMinutes: minutes(120),
  /** What a late arrival may be: admitted, or only sent away. */
  latePolicy: z.enum(['admit', 'sendAway'], { error: 'validation.invalidOption' }),
  /** The pick list of tasks; `young`: allowed for clients under 18 (young-employee limits). */
  tasks: z.array(bilingual.extend({ young: z.boolean() })).max(40, 'validation.tooMany'),
  /** Worked minutes are rounded up to this step (see roundUpWorkedMinutes in shift-time.ts); 0: as recorded. */
  roundingMinutes: z.union(
    roundingSteps.map((s) => z.literal(s)),
    { error: 'validation.invalidOption' },
  ),
});
export type AttendanceSettings = z.output<typeof attendanceSettings>;

/** One answer of the fitness check; the label is the item as the screen showed it. */
const fitnessAnswer = z.strictObject({
  label: requiredText(120),
  ok: z.boolean({ error: 'validation.required' }),
  note: optionalText(300),
});

/**
 * What the desk records for a client who came. `time` is the local arrival
 * time on the shift's day; missing: now. A no-show is recorded by its own
 * method.
 */
const arrivalFields = {
  outcome: z.enum(['admitted', 'sentAway'] as const satisfies readonly ArrivalOutcome[], {
    error: 'validation.invalidOption',
  }),
  time: timeOfDay.nullish().transform((v) => v ?? null),
  fitness: z.array(fitnessAnswer).max(12, 'validation.tooMany').default([]),
  sentAwayReason: optionalText(300),
};

const reasonNeeded = { path: ['sentAwayReason'], message: 'validation.required' };

export const arrivalInput = z
  .strictObject({ bookingId: id, ...arrivalFields })
  .refine((v) => v.outcome !== 'sentAway' || v.sentAwayReason !== null, reasonNeeded);

export const walkInInput = z
  .strictObject({ shift: shiftRef, clientId: id, overrideReason: optionalText(200), ...arrivalFields })
  .refine((v) => v.outcome !== 'sentAway' || v.sentAwayReason !== null, reasonNeeded);

export const workRecordInput = z
  .strictObject({
    arrivalId: id,
    start: timeOfDay,
    end: timeOfDay,
    breakMinutes: minutes(720).default(0),
    /** Labels picked from the setting's task list. */
    tasks: z.array(requiredText(120)).max(40, 'validation.tooMany').default([]),
    taskNote: optionalText(500),
    /** Why a record is changed after its day; required then. */
    reason: optionalText(300),
  })
  .refine((v) => v.end > v.start, { path: ['end'], message: 'validation.endBeforeStart' });

export const attendanceMethods = {
  'attendance.day': method({
    summary:
      'One day at the arrival desk: its shifts in order, each with the booked clients, their arrival, work record, agreement and what is next.',
    kind: 'read',
    input: z.strictObject({ date: isoDate }),
    output: dayView,
  }),
  'attendance.recordArrival': method({
    summary:
      'Record that a booked client came: admitted (needs a valid agreement and a passed fitness check) or sent away with a reason.',
    kind: 'write',
    input: arrivalInput,
    output: arrivalResult,
  }),
  'attendance.recordNoShow': method({
    summary: 'Record that a booked client did not come (a no-show; being sent away is not one).',
    kind: 'write',
    input: z.strictObject({ bookingId: id }),
    output: arrivalResult,
  }),
  'attendance.undoArrival': method({
    summary: 'Take back an outcome recorded by mistake, on the day only; its work record goes with it.',
    kind: 'write',
    input: z.strictObject({ arrivalId: id }),
    output: z.object({ arrivalId: z.number(), bookingId: z.number() }),
  }),
  'attendance.walkIn': method({
    summary:
      'A client without a booking takes a free place: booked by the sign-up rules (places, suspension, weekly limit), then the arrival recorded.',
    kind: 'write',
    input: walkInInput,
    output: walkInResult,
  }),
  'attendance.saveWorkRecord': method({
    summary:
      'Write or change the work record of an admitted client: real start and end, breaks, tasks; a change after the day needs a reason and is kept.',
    kind: 'write',
    input: workRecordInput,
    output: workRecordView,
  }),
  'attendance.workRecordHistory': method({
    summary: 'The changes made to a work record after its day: reason, before and after, who and when.',
    kind: 'read',
    input: z.strictObject({ workRecordId: id }),
    output: z.array(workRecordChangeView),
  }),
  'attendance.getSettings': method({
    summary: 'The arrival desk rules: fitness items, late policy, task list, tasks for young employees, rounding.',
    kind: 'read',
    input: z.strictObject({}),
    output: attendanceSettings,
  }),
  'attendance.saveSettings': method({
    summary: 'Change the arrival desk rules.',
    kind: 'write',
    input: attendanceSettings,
    output: attendanceSettings,
  }),
};
