import type { bookings } from '../../db/schema/index.js';
import type { Promotion, Warning } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { insertBookingRow, settleWaiting } from './queries.js';
import type { ClientFacts } from './eligibility.js';
import type { ShiftRow } from './shifts.js';

export type BookingRow = typeof bookings.$inferSelect;

/** Writes a standing booking; a waiting entry of the same client on this shift is settled by it. */
export function insertBooking(
  ctx: Ctx,
  shift: ShiftRow,
  clientId: number,
  options: { overrideReason: string | null; fromWaitingId?: number; tellKind?: 'promoted' },
): number {
  const id = insertBookingRow(ctx, {
    shiftId: shift.id,
    clientId,
    overrideReason: options.overrideReason,
    fromWaitingId: options.fromWaitingId ?? null,
    tellKind: options.tellKind ?? null,
  });
  settleWaiting(ctx, shift.id, clientId);
  return id;
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
