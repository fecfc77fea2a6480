import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { book, signAgreement } from '../schedule/support.js';
import {
  bookedMonday,
  deskApp,
  deskDay,
  extraClient,
  fitAnswers,
  line,
  monday,
  rowCount,
  type DeskApp,
} from './support.js';

// The clock starts at Monday 2026-11-23 08:00; Monday's shift runs 9:00–12:00 with four places.
let app: DeskApp;
beforeEach(() => {
  app = deskApp();
});
afterEach(() => app.close());

function walkIn(clientId: number, more: Record<string, unknown> = {}) {
  return {
    shift: deskDay(app).shifts[0]!.ref,
    clientId,
    outcome: 'admitted' as 'admitted' | 'sentAway',
    time: '09:10',
    fitness: fitAnswers(app),
    ...more,
  };
}

/** A client with a signed agreement and no booking. */
function walker(code = 'K-050'): number {
  const id = extraClient(app, code, 'Chodec');
  signAgreement(app, id, '2026-11-01');
  return id;
}

describe('a walk-in', () => {
  test('takes a free place after the start: booked by the sign-up rules, then admitted', () => {
    bookedMonday(app, 2);
    const id = walker();
    app.at(monday, '09:15');
    expect(deskDay(app).shifts[0]!.free).toBe(2);
    const result = app.ok('attendance.walkIn', walkIn(id));
    expect(result.arrival).toMatchObject({ outcome: 'admitted', walkIn: true, late: false });
    const shift = deskDay(app).shifts[0]!;
    expect(shift.free).toBe(1);
    expect(shift.clients.at(-1)).toMatchObject({ clientId: id, bookingId: result.bookingId, next: 'workRecord' });
    const audit = app.database.sqlite
      .prepare("SELECT detail FROM audit_log WHERE entity = 'booking' AND entity_id = ?")
      .get(result.bookingId) as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ walkIn: true });
  });

  test('is refused on a full shift, as on the board, and nothing is written', () => {
    bookedMonday(app, 4);
    const id = walker('K-051');
    app.at(monday, '09:15');
    const bookings = rowCount(app, 'bookings');
    expect(app.err('attendance.walkIn', walkIn(id))).toMatchObject({ code: 'schedule.shiftFull', field: 'shift' });
    expect(rowCount(app, 'bookings')).toBe(bookings);
    expect(rowCount(app, 'arrivals')).toBe(0);
  });

  test('is refused for a suspended client', () => {
    const id = walker();
    app.ok('clients.addSuspension', { clientId: id, fromDate: '2026-11-20', toDate: '2026-11-30', reason: 'Fight' });
    app.at(monday, '09:15');
    expect(app.err('attendance.walkIn', walkIn(id))).toMatchObject({ code: 'schedule.suspended', field: 'clientId' });
    expect(rowCount(app, 'bookings')).toBe(0);
  });

  test('keeps the weekly limit unless a reason is given', () => {
    const id = walker();
    book(app, '2026-11-25', id);
    app.at(monday, '09:15');
    expect(app.err('attendance.walkIn', walkIn(id))).toMatchObject({
      code: 'schedule.weeklyLimit',
      field: 'overrideReason',
    });
    const result = app.ok('attendance.walkIn', walkIn(id, { overrideReason: 'Needs the money today' }));
    expect(result.warnings.map((w) => w.code)).toContain('schedule.overrideRecorded');
  });

  test('without an agreement is not admitted and not booked; sent away, the booking stays with the outcome', () => {
    const id = extraClient(app, 'K-052', 'Bezdohody');
    app.at(monday, '09:15');
    expect(app.err('attendance.walkIn', walkIn(id))).toMatchObject({ code: 'attendance.noAgreement' });
    expect(rowCount(app, 'bookings')).toBe(0);
    const away = app.ok('attendance.walkIn', walkIn(id, { outcome: 'sentAway', sentAwayReason: 'No agreement' }));
    expect(line(app, id)).toMatchObject({ bookingId: away.bookingId, next: 'done' });
  });

  test('is not taken for a day still to come', () => {
    const id = walker();
    app.at(monday, '09:15');
    const wednesday = deskDay(app, '2026-11-25').shifts[0]!.ref;
    expect(app.err('attendance.walkIn', { ...walkIn(id), shift: wednesday })).toMatchObject({
      code: 'attendance.futureDay',
      field: 'shift',
    });
    expect(rowCount(app, 'bookings')).toBe(0);
  });

  test('on a pattern shift of a week nobody has written to yet', () => {
    const id = walker();
    app.at('2026-11-30', '09:05');
    const day = deskDay(app, '2026-11-30');
    expect(day.shifts[0]).toMatchObject({ id: null, free: 4, clients: [] });
    const result = app.ok('attendance.walkIn', walkIn(id, { shift: day.shifts[0]!.ref, time: '09:00' }));
    expect(line(app, id, '2026-11-30').arrival?.id).toBe(result.arrival.id);
  });
});
