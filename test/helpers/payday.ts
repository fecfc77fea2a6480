import type { Dispatcher } from '../../core/api/dispatcher.js';
import { attendanceDefaults } from '../../core/attendance/settings.js';
import type { Client } from '../../core/contract/clients.js';
import { must, seedEmployer } from '../../core/demo/seed.js';

/**
 * November 2026 as the contract's own calls run it, for the payday flow test:
 * clients with signed agreements, a shift a week booked ahead, and the shift
 * days worked. The Today screen runs one day of it in the test itself.
 */

/** Who works, how they are paid, and which Mondays (ISO weeks of 2026) they were booked for. */
export const people = [
  { code: 'K-001', firstName: 'Řehoř', lastName: 'Šťastný', bank: false, declaration: true, weeks: [45, 46, 47, 48] },
  { code: 'K-002', firstName: 'Jana', lastName: 'Nováková', bank: true, declaration: false, weeks: [45, 46] },
  { code: 'K-003', firstName: 'Petr', lastName: 'Dvořák', bank: false, declaration: true, weeks: [46] },
] as const;

export type Person = (typeof people)[number];

/** The Monday of an ISO week of 2026 (1 January 2026 is a Thursday, so week 1 starts 29 December 2025). */
export function mondayOf(week: number): string {
  const date = new Date(Date.UTC(2025, 11, 29 + (week - 1) * 7));
  return date.toISOString().slice(0, 10);
}

/** The employer, the cash box (10 000 Kč unless given), the clients with their agreements signed on 1 November. */
export function seedPayMonth(api: Dispatcher, cash = 1_000_000): Map<string, number> {
  seedEmployer(api);
  must(api, 'cash.setOpeningBalance', { date: '2026-11-01', amount: cash });
  const ids = new Map<string, number>();
  for (const person of people) {
    const client = must<Client>(api, 'clients.create', {
      code: person.code,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: '1980-03-15',
      paymentMethod: person.bank ? 'bank' : 'cash',
      bankAccount: person.bank ? '19-2000145399/0800' : null,
      taxDeclarationSigned: person.declaration,
      taxDeclarationSince: person.declaration ? '2026-11-01' : null,
    });
    ids.set(person.lastName, client.id);
    const { input } = must<{ input: Record<string, unknown> }>(api, 'agreements.draftDefaults', {
      clientId: client.id,
      validFrom: '2026-11-01',
    });
    const draft = must<{ id: number }>(api, 'agreements.create', input);
    must(api, 'agreements.print', { id: draft.id });
    must(api, 'agreements.sign', { id: draft.id, signedOn: '2026-11-01' });
  }
  return ids;
}

/** Books everyone due on the week's first shift (Monday 9:00–12:00); answers the booking ids by last name. */
export function bookWeek(api: Dispatcher, ids: Map<string, number>, week: number): Map<string, number> {
  const board = must<{ shifts: { ref: unknown }[] }>(api, 'schedule.week', { year: 2026, week });
  const bookings = new Map<string, number>();
  for (const person of people) {
    if (!(person.weeks as readonly number[]).includes(week)) continue;
    const { bookingId } = must<{ bookingId: number }>(api, 'schedule.book', {
      shift: board.shifts[0]!.ref,
      clientId: ids.get(person.lastName),
    });
    bookings.set(person.lastName, bookingId);
  }
  return bookings;
}

/** The desk's usual day through the contract: each booked client admitted, fit, working the whole shift. */
export function workDay(
  api: Dispatcher,
  bookings: Map<string, number>,
  shift: { start: string; end: string } = { start: '09:00', end: '12:00' },
): Map<string, { arrivalId: number; workRecordId: number }> {
  const fitness = attendanceDefaults.fitnessItems.map((item) => ({ label: item.cs, ok: true }));
  const records = new Map<string, { arrivalId: number; workRecordId: number }>();
  for (const [lastName, bookingId] of bookings) {
    const { arrival } = must<{ arrival: { id: number } }>(api, 'attendance.recordArrival', {
      bookingId,
      outcome: 'admitted',
      fitness,
      time: shift.start,
    });
    const record = must<{ id: number }>(api, 'attendance.saveWorkRecord', {
      arrivalId: arrival.id,
      start: shift.start,
      end: shift.end,
    });
    records.set(lastName, { arrivalId: arrival.id, workRecordId: record.id });
  }
  return records;
}
