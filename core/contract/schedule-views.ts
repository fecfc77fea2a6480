import { z } from 'zod';

/**
 * What the week board and the schedule's writes answer. Names are the
 * client's own (first, last, nickname, code); nothing about health or pay.
 */

/** How a shift is named in a call: a stored shift, or the pattern's shift on a date not yet written to. */
export const shiftRefView = z.union([
  z.object({ shiftId: z.number() }),
  z.object({ patternId: z.number(), date: z.string() }),
]);
export type ShiftRef = z.infer<typeof shiftRefView>;

const person = {
  clientId: z.number(),
  code: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  nickname: z.string().nullable(),
};

export const warning = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type Warning = z.infer<typeof warning>;

export const bookingView = z.object({
  id: z.number(),
  ...person,
  bookedAt: z.string(),
  bookedBy: z.string(),
  overrideReason: z.string().nullable(),
  fromWaitingList: z.boolean(),
  /** No valid agreement on the shift's day: the arrival check will refuse. */
  noAgreement: z.boolean(),
  /** A suspension covering the day was recorded after the booking. */
  suspended: z.boolean(),
  /** Repeated no-shows block the client's sign-up today, up to this day (the booking itself stands). */
  noShowBlockedUntil: z.string().nullable(),
});
export type BookingView = z.infer<typeof bookingView>;

export const waitingBlocks = ['suspended', 'noShows', 'weeklyLimit', 'inactive'] as const;

export const waitingView = z.object({
  id: z.number(),
  ...person,
  /** 1 = moves up first when a place frees (fairness applied). */
  order: z.number(),
  position: z.number(),
  createdAt: z.string(),
  overrideReason: z.string().nullable(),
  /** Has not worked in the fairness window, so goes before those who have. */
  priority: z.boolean(),
  /** Why this client would be skipped if a place freed now. */
  blockedBy: z.enum(waitingBlocks).nullable(),
});
export type WaitingView = z.infer<typeof waitingView>;

export const shiftView = z.object({
  ref: shiftRefView,
  /** Null while the week has not been written to (the shift comes from the pattern). */
  id: z.number().nullable(),
  patternId: z.number().nullable(),
  date: z.string(),
  weekday: z.number(),
  start: z.string(),
  end: z.string(),
  places: z.number(),
  place: z.string(),
  task: z.string().nullable(),
  status: z.enum(['open', 'cancelled']),
  cancelReason: z.string().nullable(),
  extra: z.boolean(),
  /** The public holiday the shift falls on (holiday pay applies), or null. */
  holiday: z.string().nullable(),
  /** A pattern shift on a holiday: closed to sign-up until the coordinator opens it. */
  closedForHoliday: z.boolean(),
  /** Start time reached: no more sign-ups or changes. */
  started: z.boolean(),
  free: z.number(),
  bookings: z.array(bookingView),
  waiting: z.array(waitingView),
});
export type ShiftView = z.infer<typeof shiftView>;

export const noticeKinds = ['promoted', 'shiftCancelled', 'shiftRestored', 'shiftChanged'] as const;

export const noticeView = z.object({
  bookingId: z.number(),
  kind: z.enum(noticeKinds),
  ...person,
  shiftId: z.number(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  place: z.string(),
});
export type NoticeView = z.infer<typeof noticeView>;

export const weekView = z.object({
  year: z.number(),
  week: z.number(),
  monday: z.string(),
  sunday: z.string(),
  today: z.string(),
  current: z.object({ year: z.number(), week: z.number() }),
  signUp: z.object({
    state: z.enum(['open', 'notYet', 'past']),
    /** The Monday sign-up opens, for a week not open yet. */
    opensOn: z.string().nullable(),
  }),
  weeklyLimit: z.number(),
  fairnessWeeks: z.number(),
  shifts: z.array(shiftView),
  /** The public holidays of the week, marked on the board and the printed sheet. */
  holidays: z.array(z.object({ date: z.string(), name: z.string() })),
  /** Changes clients still have to be told of, for shifts from today on (any week). */
  notices: z.array(noticeView),
});
export type WeekView = z.infer<typeof weekView>;

export const promotion = z.object({
  bookingId: z.number(),
  ...person,
  shiftId: z.number(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  place: z.string(),
  warnings: z.array(warning),
});
export type Promotion = z.infer<typeof promotion>;

export const bookingResult = z.object({
  bookingId: z.number(),
  shiftId: z.number(),
  warnings: z.array(warning),
  /** Waiting clients who moved up into places this call freed: tell them. */
  promoted: z.array(promotion),
});
export type BookingResult = z.infer<typeof bookingResult>;

export const cancelResult = z.object({
  bookingId: z.number(),
  promoted: z.array(promotion),
});

export const personView = z.object(person);
export type PersonView = z.infer<typeof personView>;

export const shiftCancelResult = z.object({
  shiftId: z.number(),
  /** Were booked: they must be told the shift is off. */
  booked: z.array(personView),
  /** Were on the waiting list. */
  waiting: z.array(personView),
});

export const shiftRestoreResult = z.object({
  shiftId: z.number(),
  restored: z.array(personView),
  /** Could not come back (booked elsewhere that week, suspended, no place): tell the coordinator why. */
  notRestored: z.array(personView.extend({ reason: z.string() })),
});

export const patternView = z.object({
  id: z.number(),
  weekday: z.number(),
  start: z.string(),
  end: z.string(),
  places: z.number(),
  place: z.string(),
  task: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type PatternView = z.infer<typeof patternView>;

export const patternSaveResult = z.object({
  pattern: patternView,
  /** The row that now ends the day before, when the change started a new period. */
  ended: patternView.nullable(),
  /**
   * Days from today on, in weeks already on the sheet, that the change does not
   * reach (those weeks keep what they had); the coordinator adjusts them there.
   */
  unchangedDates: z.array(z.string()),
  /** Weekend premium (§ 118) and the public holidays the pattern meets in the coming weeks. */
  warnings: z.array(warning),
});

export const patternEndResult = z.object({
  deleted: z.boolean(),
  pattern: patternView.nullable(),
  /** Shifts after the last day that are already on the sheet; they stay until cancelled there. */
  unchangedDates: z.array(z.string()),
});

/** A client's no-shows and the sign-up block they cause, as the client page and the booking picker show it. */
export const noShowView = z.object({
  clientId: z.number(),
  total: z.number(),
  /** No-shows within the last `windowWeeks` weeks up to today. */
  recent: z.number(),
  windowWeeks: z.number(),
  blockedFrom: z.string().nullable(),
  blockedUntil: z.string().nullable(),
});
export type NoShowView = z.infer<typeof noShowView>;

/**
 * An agreement's running weekly average (Labour Code § 76) on a day: minutes
 * worked in the balancing period that contains it, over the weeks gone by.
 */
export const agreementAverageView = z.object({
  day: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  periodWeeks: z.number(),
  elapsedWeeks: z.number(),
  workedMinutes: z.number(),
  averageMinutes: z.number(),
  limitMinutes: z.number(),
  allowanceMinutes: z.number(),
});
export type AgreementAverageView = z.infer<typeof agreementAverageView>;
