import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { bookings } from '../../db/schema/index.js';
import type { scheduleMethods } from '../contract/schedule.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { insertBooking, type BookingRow } from './booking-rows.js';
import {
  assertPlaceFree,
  checkSignUp,
  eligibleOrRefused,
  loadClientFacts,
  signUpWarnings,
  signUpException,
} from './rules.js';
import { loadScheduleSettings } from './settings.js';
import { shiftLabel } from '../contract/present.js';
import { hasStarted, loadShift, resolveShift } from './shifts.js';
import { markFreedBy } from './release.js';
import { promote, unpromote } from './waiting.js';

type BookingMethods = Pick<
  typeof scheduleMethods,
  'schedule.book' | 'schedule.cancelBooking' | 'schedule.restoreBooking' | 'schedule.moveBooking' | 'schedule.markTold'
>;

function loadBooking(ctx: Ctx, id: number): BookingRow {
  const row = ctx.db.select().from(bookings).where(eq(bookings.id, id)).get();
  if (!row) throw notFound('bookingId');
  return row;
}

function standingBooking(ctx: Ctx, id: number): BookingRow {
  const row = loadBooking(ctx, id);
  if (row.status !== 'booked') throw new DomainError('schedule.notBooked', {}, 'bookingId');
  return row;
}

/** A booking's shift must not have started for the booking to change. */
function assertNotStarted(ctx: Ctx, shiftId: number): ReturnType<typeof loadShift> {
  const shift = loadShift(ctx, shiftId);
  if (hasStarted(ctx, shift)) {
    throw new DomainError('schedule.shiftStarted', { shift: shiftLabel(ctx.locale, shift) }, 'bookingId');
  }
  return shift;
}

export const bookingHandlers: Handlers<BookingMethods> = {
  'schedule.book': ({ shift: ref, clientId, overrideReason }, ctx) => {
    const { shift, eligibility } = checkSignUp(ctx, ref, clientId);
    assertPlaceFree(ctx, shift);
    const override = signUpException(ctx, eligibility, shift, { overrideReason });
    const bookingId = insertBooking(ctx, shift, clientId, { overrideReason: override });
    ctx.audit({
      entity: 'booking',
      entityId: bookingId,
      detail: { shiftId: shift.id, clientId, date: shift.date, overrideReason: override },
    });
    return {
      bookingId,
      shiftId: shift.id,
      warnings: signUpWarnings(ctx, eligibility, shift, override),
      promoted: [],
    };
  },

  'schedule.cancelBooking': ({ bookingId, kind, reason }, ctx) => {
    const booking = standingBooking(ctx, bookingId);
    const shift = assertNotStarted(ctx, booking.shiftId);
    ctx.db
      .update(bookings)
      .set({
        status: 'cancelled',
        cancelledAt: ctx.timestamp(),
        cancelledBy: ctx.actor,
        cancelKind: kind,
        cancelReason: reason,
      })
      .where(eq(bookings.id, bookingId))
      .run();
    const promoted = promote(ctx, shift, loadScheduleSettings(ctx));
    markFreedBy(ctx, promoted, bookingId);
    ctx.audit({
      entity: 'booking',
      entityId: bookingId,
      detail: { cancelled: kind, shiftId: shift.id, reason, promoted: promoted.map((p) => p.bookingId) },
    });
    return { bookingId, promoted };
  },

  'schedule.restoreBooking': ({ bookingId }, ctx) => {
    const booking = loadBooking(ctx, bookingId);
    const released = booking.cancelKind === 'deactivated' || booking.cancelKind === 'suspended';
    if (booking.status !== 'cancelled' || booking.cancelledWithShift || released || booking.cancelKind === 'undone') {
      throw new DomainError('schedule.notCancelledBooking', {}, 'bookingId');
    }
    // Before the checks: whoever took the freed place goes back first; a refusal below undoes that too.
    const unpromoted = unpromote(ctx, bookingId);
    const settings = loadScheduleSettings(ctx);
    const shift = loadShift(ctx, booking.shiftId, 'bookingId');
    const client = loadClientFacts(ctx, booking.clientId, 'bookingId');
    const eligibility = eligibleOrRefused(ctx, shift, client, {
      settings,
      fields: { shift: 'bookingId', client: 'bookingId' },
      signUpWindow: false,
    });
    assertPlaceFree(ctx, shift, 'bookingId');
    const override = signUpException(ctx, eligibility, shift, {
      overrideReason: booking.overrideReason,
      field: 'bookingId',
    });
    ctx.db
      .update(bookings)
      .set({
        status: 'booked',
        cancelledAt: null,
        cancelledBy: null,
        cancelKind: null,
        cancelReason: null,
        overrideReason: override,
      })
      .where(eq(bookings.id, bookingId))
      .run();
    ctx.audit({
      entity: 'booking',
      entityId: bookingId,
      detail: { restored: true, shiftId: shift.id, unpromoted: unpromoted.map((p) => p.bookingId) },
    });
    return {
      bookingId,
      shiftId: shift.id,
      warnings: signUpWarnings(ctx, eligibility, shift, override),
      promoted: [],
      unpromoted,
    };
  },

  'schedule.moveBooking': ({ bookingId, to, overrideReason }, ctx) => {
    const booking = standingBooking(ctx, bookingId);
    const from = assertNotStarted(ctx, booking.shiftId);
    const settings = loadScheduleSettings(ctx);
    const target = resolveShift(ctx, to, 'to');
    const client = loadClientFacts(ctx, booking.clientId, 'bookingId');
    if (target.id === from.id) {
      throw new DomainError('schedule.sameShift', { shift: shiftLabel(ctx.locale, target) }, 'to');
    }
    const eligibility = eligibleOrRefused(ctx, target, client, {
      settings,
      fields: { shift: 'to', client: 'to' },
      movingBookingId: bookingId,
    });
    assertPlaceFree(ctx, target, 'to');
    const override = signUpException(ctx, eligibility, target, {
      overrideReason: overrideReason ?? booking.overrideReason,
    });
    ctx.db
      .update(bookings)
      .set({ status: 'moved', cancelledAt: ctx.timestamp(), cancelledBy: ctx.actor })
      .where(eq(bookings.id, bookingId))
      .run();
    const newId = insertBooking(ctx, target, client.clientId, { overrideReason: override });
    ctx.db.update(bookings).set({ movedToId: newId }).where(eq(bookings.id, bookingId)).run();
    const promoted = promote(ctx, from, settings);
    ctx.audit({
      entity: 'booking',
      entityId: newId,
      detail: { movedFrom: bookingId, fromShiftId: from.id, toShiftId: target.id, overrideReason: override },
    });
    return {
      bookingId: newId,
      shiftId: target.id,
      warnings: signUpWarnings(ctx, eligibility, target, override),
      promoted,
    };
  },

  'schedule.markTold': ({ bookingId }, ctx) => {
    loadBooking(ctx, bookingId);
    const updated = ctx.db
      .update(bookings)
      .set({ toldAt: ctx.timestamp() })
      .where(and(eq(bookings.id, bookingId), isNotNull(bookings.tellKind), isNull(bookings.toldAt)))
      .returning({ id: bookings.id, kind: bookings.tellKind })
      .get();
    if (!updated) throw new DomainError('schedule.nothingToTell', {}, 'bookingId');
    ctx.audit({ entity: 'booking', entityId: bookingId, detail: { told: updated.kind } });
    return { bookingId };
  },
};
