import { isoWeekOf } from '../../../core/contract/dates.js';
import type { BookingResult, ShiftRef, ShiftView, WeekView } from '../../../core/contract/schedule-views.js';
import { rehor, type TestApp } from '../../helpers/db.js';
import { employerInput } from '../support.js';

/**
 * Shared helpers for the schedule tests (not a test file itself). The test
 * clock stands at Tuesday 2026-11-24 09:00 (ISO week 48); the seeded pattern
 * has Mon, Wed and Fri 9:00–12:00 with four places each.
 */

const firstNames = ['Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jiří', 'Karel', 'Lukáš', 'Milan'];

/** Clients K-001 (Řehoř Šťastný) … K-00n (Novák B, C, …: names hold no digits), with ids 1 … n. */
export function addClients(app: TestApp, count: number): number[] {
  const ids: number[] = [];
  for (let i = 1; i <= count; i += 1) {
    const input =
      i === 1
        ? rehor
        : {
            code: `K-${String(i).padStart(3, '0')}`,
            firstName: firstNames[i % firstNames.length] ?? 'Jan',
            lastName: `Novák ${String.fromCharCode(64 + i)}`,
            birthDate: '1975-05-05',
          };
    ids.push(app.ok('clients.create', input).id);
  }
  return ids;
}

export function week(app: TestApp, number: number, year = 2026): WeekView {
  return app.ok('schedule.week', { year, week: number });
}

/** A shift of a week by its date. */
export function shiftOn(app: TestApp, date: string): ShiftView {
  const { year, week: number } = isoWeekOf(date);
  const shift = week(app, number, year).shifts.find((s) => s.date === date);
  if (!shift) throw new Error(`no shift on ${date}`);
  return shift;
}

export function refOn(app: TestApp, date: string): ShiftRef {
  return shiftOn(app, date).ref;
}

export function book(app: TestApp, date: string, clientId: number, overrideReason?: string): BookingResult {
  return app.ok('schedule.book', {
    shift: refOn(app, date),
    clientId,
    ...(overrideReason ? { overrideReason } : {}),
  });
}

export function bookingError(app: TestApp, date: string, clientId: number, locale: 'cs' | 'en' = 'en') {
  return app.err('schedule.book', { shift: refOn(app, date), clientId }, locale);
}

/**
 * A signed agreement made as the coordinator makes one: drawn up from the
 * defaults, printed and signed on its first day (or today, if that is later).
 */
export function signAgreement(app: TestApp, clientId: number, validFrom: string, validTo: string | null = null): void {
  app.ok('settings.saveEmployer', employerInput);
  const { input } = app.ok('agreements.draftDefaults', { clientId, validFrom });
  const draft = app.ok('agreements.create', { ...input, validTo });
  app.ok('agreements.print', { id: draft.id });
  const today = app.ok('system.info').today;
  app.ok('agreements.sign', { id: draft.id, signedOn: validFrom < today ? validFrom : today });
}

export function auditCount(app: TestApp): number {
  return (app.database.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}
