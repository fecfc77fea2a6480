import { and, eq } from 'drizzle-orm';
import { bookings, waitingEntries } from '../../db/schema/index.js';
import type { Promotion, Warning } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import type { ClientFacts } from './rules.js';
import type { ShiftRow } from './shifts.js';

export type BookingRow = typeof bookings.$inferSelect;

/** Writes a standing booking; a waiting entry of the same client on this shift is settled by it. */
export function insertBooking(
  ctx: Ctx,
  shift: ShiftRow,
  clientId: number,
  options: { overrideReason: string | null; fromWaitingId?: number; tellKind?: 'promoted' },
): number {
  const stamp = ctx.timestamp();
  const row = ctx.db
    .insert(bookings)
    .values({
      shiftId: shift.id,
      clientId,
      status: 'booked',
      bookedAt: stamp,
      bookedBy: ctx.actor,
      overrideReason: options.overrideReason,
      fromWaitingId: options.fromWaitingId ?? null,
      tellKind: options.tellKind ?? null,
    })
    .returning({ id: bookings.id })
    .get();
  ctx.db
    .update(waitingEntries)
    .set({ status: 'booked', resolvedAt: stamp, resolvedBy: ctx.actor })
    .where(
      and(
        eq(waitingEntries.shiftId, shift.id),
        eq(waitingEntries.clientId, clientId),
        eq(waitingEntries.status, 'waiting'),
      ),
    )
    .run();
  return row.id;
}

export function promotionOf(bookingId: number, client: ClientFacts, shift: ShiftRow, warnings: Warning[]): Promotion {
  return {
    bookingId,
    clientId: client.clientId,
    code: client.code,
    firstName: client.firstName,
    lastName: client.lastName,
    nickname: client.nickname,
    shiftId: shift.id,
    date: shift.date,
    start: shift.startTime,
    end: shift.endTime,
    place: shift.place,
    warnings,
  };
}
