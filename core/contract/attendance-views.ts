import { z } from 'zod';
import { dayKinds } from './holidays.js';
import { shiftRefView, warning } from './schedule-views.js';

/**
 * What the shift day's methods answer. Names are the client's own; the
 * fitness answers are shown to the coordinator only, never printed on pay
 * papers.
 */

export const arrivalOutcomes = ['admitted', 'sentAway', 'noShow'] as const;
export type ArrivalOutcome = (typeof arrivalOutcomes)[number];

/** One fitness-to-work item as it was asked: its label as shown then, yes/no and a note. */
export const fitnessAnswerView = z.object({ label: z.string(), ok: z.boolean(), note: z.string().nullable() });
export type FitnessAnswer = z.infer<typeof fitnessAnswerView>;

export const arrivalView = z.object({
  id: z.number(),
  bookingId: z.number(),
  outcome: z.enum(arrivalOutcomes),
  /** Timestamp with its UTC offset; null for a no-show. */
  arrivedAt: z.string().nullable(),
  /** The arrival time as local 'HH:MM' on the shift's day; null for a no-show. */
  arrivedTime: z.string().nullable(),
  late: z.boolean(),
  walkIn: z.boolean(),
  fitness: z.array(fitnessAnswerView),
  sentAwayReason: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type ArrivalView = z.infer<typeof arrivalView>;

export const workRecordView = z.object({
  id: z.number(),
  arrivalId: z.number(),
  clientId: z.number(),
  shiftId: z.number(),
  agreementId: z.number(),
  workDate: z.string(),
  start: z.string(),
  end: z.string(),
  breakMinutes: z.number(),
  tasks: z.array(z.string()),
  taskNote: z.string().nullable(),
  /** After the rounding setting: what pay reads. */
  minutes: z.number(),
  dayKind: z.enum(dayKinds),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** The record is in a closed pay month and can never change. */
  locked: z.boolean(),
});
export type WorkRecordView = z.infer<typeof workRecordView>;

/**
 * What the desk does next for a booked client: record the arrival (or the
 * no-show), write the work record of an admitted client, or nothing more.
 */
export const nextSteps = ['arrival', 'workRecord', 'done'] as const;
export type NextStep = (typeof nextSteps)[number];

export const dayClientView = z.object({
  bookingId: z.number(),
  clientId: z.number(),
  code: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  nickname: z.string().nullable(),
  /** Under the adult age on the day: only the tasks the setting allows for young employees. */
  underAge: z.boolean(),
  /** The agreement valid on the day; without one the client cannot be admitted. */
  agreement: z.object({ valid: z.boolean(), agreementId: z.number().nullable() }),
  arrival: arrivalView.nullable(),
  workRecord: workRecordView.nullable(),
  next: z.enum(nextSteps),
});
export type DayClientView = z.infer<typeof dayClientView>;

export const dayShiftView = z.object({
  ref: shiftRefView,
  /** Null for a pattern shift of a week nobody has written to (nobody is booked). */
  id: z.number().nullable(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  places: z.number(),
  place: z.string(),
  task: z.string().nullable(),
  status: z.enum(['open', 'cancelled']),
  cancelReason: z.string().nullable(),
  /** Places left for a walk-in. */
  free: z.number(),
  /** Booked clients in order of booking. */
  clients: z.array(dayClientView),
});
export type DayShiftView = z.infer<typeof dayShiftView>;

export const dayView = z.object({
  date: z.string(),
  today: z.string(),
  dayKind: z.enum(dayKinds),
  /** The public holiday's name, or null. */
  holiday: z.string().nullable(),
  /** Outcomes can be recorded: the day is today or past. */
  recordable: z.boolean(),
  shifts: z.array(dayShiftView),
});
export type DayView = z.infer<typeof dayView>;

export const arrivalResult = z.object({
  arrival: arrivalView,
  warnings: z.array(warning),
});

export const walkInResult = arrivalResult.extend({ bookingId: z.number(), shiftId: z.number() });

export const workRecordChangeView = z.object({
  id: z.number(),
  reason: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  changedAt: z.string(),
  changedBy: z.string(),
});
