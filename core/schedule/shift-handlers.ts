import { and, asc, eq, inArray } from 'drizzle-orm';
import { bookings, clients, shifts, waitingEntries } from '../../db/schema/index.js';
import { chronological } from '../../db/timestamps.js';
import { translate } from '../contract/i18n.js';
import type { scheduleMethods } from '../contract/schedule.js';
import type { PersonView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { clientPersonColumns } from '../clients/index.js';
import { shiftLabel } from '../contract/present.js';
import { personBlock, signUpEligibility } from './eligibility.js';
import { bookedCount } from './queries.js';
import { loadScheduleSettings } from './settings.js';
import { premiumWarnings } from './rules.js';
import {
  assertChangeable,
  assertShiftLength,
  hasStarted,
  loadShift,
  materializeWeek,
  mondayOf,
  resolveShift,
} from './shifts.js';
import { promote } from './waiting.js';

type ShiftMethods = Pick<
  typeof scheduleMethods,
  | 'schedule.cancelShift'
  | 'schedule.restoreShift'
  | 'schedule.addExtraShift'
  | 'schedule.openHolidayShift'
  | 'schedule.updateShift'
>;

function bookingsOf(ctx: Ctx, shiftId: number, condition: ReturnType<typeof eq>) {
  return ctx.db
    .select({
      id: bookings.id,
      overrideReason: bookings.overrideReason,
      toldAt: bookings.toldAt,
      ...clientPersonColumns,
      active: clients.active,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(and(eq(bookings.shiftId, shiftId), condition))
    .orderBy(chronological(bookings.bookedAt), asc(bookings.id))
    .all();
}

const person = ({ clientId, code, firstName, lastName, nickname }: PersonView): PersonView => ({
  clientId,
  code,
  firstName,
  lastName,
  nickname,
});

export const shiftHandlers: Handlers<ShiftMethods> = {
  'schedule.cancelShift': ({ shift: ref, reason }, ctx) => {
    const shift = resolveShift(ctx, ref);
    assertChangeable(ctx, shift);
    const stamp = ctx.timestamp();
    ctx.db
      .update(shifts)
      .set({ status: 'cancelled', cancelReason: reason, cancelledAt: stamp, cancelledBy: ctx.actor, updatedAt: stamp })
      .where(eq(shifts.id, shift.id))
      .run();
    const booked = bookingsOf(ctx, shift.id, eq(bookings.status, 'booked'));
    ctx.db
      .update(bookings)
      .set({
        status: 'cancelled',
        cancelledAt: stamp,
        cancelledBy: ctx.actor,
        cancelReason: reason,
        cancelledWithShift: true,
        tellKind: 'shiftCancelled',
        toldAt: null,
      })
      .where(and(eq(bookings.shiftId, shift.id), eq(bookings.status, 'booked')))
      .run();
    const waiting = ctx.db
      .select(clientPersonColumns)
      .from(waitingEntries)
      .innerJoin(clients, eq(clients.id, waitingEntries.clientId))
      .where(and(eq(waitingEntries.shiftId, shift.id), eq(waitingEntries.status, 'waiting')))
      .orderBy(asc(waitingEntries.position))
      .all();
    ctx.db
      .update(waitingEntries)
      .set({ status: 'removed', resolvedAt: stamp, resolvedBy: ctx.actor, removedWithShift: true })
      .where(and(eq(waitingEntries.shiftId, shift.id), eq(waitingEntries.status, 'waiting')))
      .run();
    ctx.audit({
      entity: 'shift',
      entityId: shift.id,
      detail: { cancelled: true, date: shift.date, reason, bookings: booked.map((b) => b.id) },
    });
    return { shiftId: shift.id, booked: booked.map(person), waiting };
  },

  'schedule.restoreShift': ({ shiftId }, ctx) => {
    const shift = loadShift(ctx, shiftId);
    if (shift.status !== 'cancelled') {
      throw new DomainError('schedule.notCancelledShift', { shift: shiftLabel(ctx.locale, shift) }, 'shiftId');
    }
    if (hasStarted(ctx, shift)) {
      throw new DomainError('schedule.shiftStarted', { shift: shiftLabel(ctx.locale, shift) }, 'shiftId');
    }
    const stamp = ctx.timestamp();
    const open = { ...shift, status: 'open' as const, cancelReason: null, cancelledAt: null, cancelledBy: null };
    ctx.db
      .update(shifts)
      .set({ status: 'open', cancelReason: null, cancelledAt: null, cancelledBy: null, updatedAt: stamp })
      .where(eq(shifts.id, shiftId))
      .run();
    const restored: PersonView[] = [];
    const notRestored: (PersonView & { reason: string })[] = [];
    const settings = loadScheduleSettings(ctx);
    const cancelled = bookingsOf(ctx, shiftId, eq(bookings.cancelledWithShift, true));
    const eligibility = signUpEligibility(ctx, open, cancelled, { settings, signUpWindow: false, warnings: false });
    for (const [index, b] of cancelled.entries()) {
      const facts = eligibility[index];
      const block =
        (facts && personBlock(facts, b.overrideReason)) ?? (bookedCount(ctx, shiftId) >= open.places ? 'full' : null);
      if (block) {
        notRestored.push({ ...person(b), reason: translate(ctx.locale, `errors.schedule.notRestored.${block}`) });
        continue;
      }
      ctx.db
        .update(bookings)
        .set({
          status: 'booked',
          cancelledAt: null,
          cancelledBy: null,
          cancelReason: null,
          cancelledWithShift: false,
          // Told of the cancellation already: now they must hear it is back on.
          tellKind: b.toldAt === null ? null : 'shiftRestored',
          toldAt: null,
        })
        .where(eq(bookings.id, b.id))
        .run();
      restored.push(person(b));
    }
    ctx.db
      .update(waitingEntries)
      .set({ status: 'waiting', resolvedAt: null, resolvedBy: null, removedWithShift: false })
      .where(and(eq(waitingEntries.shiftId, shiftId), eq(waitingEntries.removedWithShift, true)))
      .run();
    const promoted = promote(ctx, open, settings);
    ctx.audit({
      entity: 'shift',
      entityId: shiftId,
      detail: { restored: true, bookings: restored.length, notRestored: notRestored.length, promoted: promoted.length },
    });
    return { shiftId, restored: [...restored, ...promoted.map(person)], notRestored };
  },

  'schedule.addExtraShift': ({ date, start, end, places, place, task }, ctx) => {
    assertShiftLength(ctx, date, start, end);
    if (hasStarted(ctx, { date, startTime: start })) {
      throw new DomainError(
        'schedule.shiftStarted',
        { shift: shiftLabel(ctx.locale, { date, startTime: start }) },
        'date',
      );
    }
    materializeWeek(ctx, mondayOf(date));
    const stamp = ctx.timestamp();
    const row = ctx.db
      .insert(shifts)
      .values({
        date,
        startTime: start,
        endTime: end,
        places,
        place,
        task,
        patternId: null,
        status: 'open',
        createdAt: stamp,
        updatedAt: stamp,
      })
      .returning({ id: shifts.id })
      .get();
    ctx.audit({ entity: 'shift', entityId: row.id, detail: { extra: true, date, start, end, places } });
    return { shiftId: row.id, warnings: premiumWarnings(ctx, [date]) };
  },

  'schedule.openHolidayShift': ({ shift: ref }, ctx) => {
    const shift = resolveShift(ctx, ref);
    assertChangeable(ctx, shift);
    if (!shift.openedOnHoliday) {
      ctx.db
        .update(shifts)
        .set({ openedOnHoliday: true, updatedAt: ctx.timestamp() })
        .where(eq(shifts.id, shift.id))
        .run();
      ctx.audit({ entity: 'shift', entityId: shift.id, detail: { openedOnHoliday: true, date: shift.date } });
    }
    return { shiftId: shift.id, warnings: premiumWarnings(ctx, [shift.date]) };
  },

  'schedule.updateShift': ({ shift: ref, start, end, places, place, task }, ctx) => {
    const shift = resolveShift(ctx, ref);
    assertChangeable(ctx, shift);
    assertShiftLength(ctx, shift.date, start, end);
    const booked = bookedCount(ctx, shift.id);
    if (places < booked) throw new DomainError('schedule.placesBelowBooked', { booked, count: booked }, 'places');
    const next = { startTime: start, endTime: end, places, place, task };
    ctx.db
      .update(shifts)
      .set({ ...next, updatedAt: ctx.timestamp() })
      .where(eq(shifts.id, shift.id))
      .run();
    const moved = start !== shift.startTime || end !== shift.endTime || place !== shift.place;
    if (moved && booked > 0) {
      // A client who has not yet heard they moved up hears the new time with that news.
      const toTell = ctx.db
        .select({ id: bookings.id, tellKind: bookings.tellKind, toldAt: bookings.toldAt })
        .from(bookings)
        .where(and(eq(bookings.shiftId, shift.id), eq(bookings.status, 'booked')))
        .all()
        .filter((b) => !(b.tellKind === 'promoted' && b.toldAt === null))
        .map((b) => b.id);
      ctx.db.update(bookings).set({ tellKind: 'shiftChanged', toldAt: null }).where(inArray(bookings.id, toTell)).run();
    }
    const promoted = promote(ctx, { ...shift, ...next }, loadScheduleSettings(ctx));
    ctx.audit({
      entity: 'shift',
      entityId: shift.id,
      detail: {
        before: {
          start: shift.startTime,
          end: shift.endTime,
          places: shift.places,
          place: shift.place,
          task: shift.task,
        },
        after: { start, end, places, place, task },
        promoted: promoted.map((p) => p.bookingId),
      },
    });
    return { shiftId: shift.id, promoted };
  },
};
