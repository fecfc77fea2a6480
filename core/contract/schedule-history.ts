import { z } from 'zod';
import { promotion } from './schedule-views.js';

/**
 * What a booking's cancellation, a client's release from the sheet and the
 * client's booking history answer. A release is what deactivating a client or
 * adding a suspension does to bookings in the period; it is shown before the
 * change is confirmed.
 */

/** Why a booking was cancelled. The coordinator chooses one of `chosenCancelKinds`; the rest the app records. */
export const cancelKinds = ['inTime', 'excused', 'removed', 'deactivated', 'suspended', 'undone'] as const;
export type CancelKind = (typeof cancelKinds)[number];
export const chosenCancelKinds = ['inTime', 'excused', 'removed'] as const;

const shiftFields = {
  shiftId: z.number(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  place: z.string(),
};

/** A booking taken off the sheet because the client left or was suspended, or brought back by the undo. */
export const releasedBooking = z.object({ bookingId: z.number(), ...shiftFields });
export type ReleasedBooking = z.infer<typeof releasedBooking>;

/** What a release did: the bookings taken off and the waiting clients who moved up into them (tell them). */
export const releaseResult = z.object({
  released: z.array(releasedBooking),
  promoted: z.array(promotion),
});
export type ReleaseResult = z.infer<typeof releaseResult>;

export const historyBooking = z.object({
  bookingId: z.number(),
  ...shiftFields,
  shiftCancelled: z.boolean(),
  status: z.enum(['booked', 'cancelled', 'moved']),
  bookedAt: z.string(),
  fromWaitingList: z.boolean(),
  cancelledAt: z.string().nullable(),
  /** Null on a cancellation recorded before reasons were kept, or with the shift. */
  cancelKind: z.enum(cancelKinds).nullable(),
  cancelReason: z.string().nullable(),
  /** The shift a moved booking went to. */
  movedTo: z.object({ date: z.string(), start: z.string() }).nullable(),
});
export type HistoryBooking = z.infer<typeof historyBooking>;

export const historyWaiting = z.object({
  entryId: z.number(),
  ...shiftFields,
  status: z.enum(['waiting', 'booked', 'removed']),
  position: z.number(),
  createdAt: z.string(),
});
export type HistoryWaiting = z.infer<typeof historyWaiting>;

export const clientHistory = z.object({
  /** Standing bookings on open shifts not started yet, soonest first. */
  coming: z.array(historyBooking),
  /** Every booking, newest shift first. */
  bookings: z.array(historyBooking),
  /** Every waiting-list entry, newest shift first. */
  waiting: z.array(historyWaiting),
});
export type ClientHistory = z.infer<typeof clientHistory>;
