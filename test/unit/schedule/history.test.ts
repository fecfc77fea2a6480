import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../helpers/db.js';
import { addClients, book, refOn } from './support.js';

// The clock: Tuesday 2026-11-24 09:00. Mon, Wed, Fri 9:00–12:00, four places each.
let app: TestApp;
beforeEach(() => {
  app = testApp();
  addClients(app, 5);
});
afterEach(() => app.close());

describe('a cancellation says why', () => {
  test('the kind is required and one of three; it is kept with the reason', () => {
    const { bookingId } = book(app, '2026-11-30', 1);
    expect(app.err('schedule.cancelBooking', { bookingId })).toMatchObject({ code: 'invalidInput', field: 'kind' });
    expect(app.err('schedule.cancelBooking', { bookingId, kind: 'deactivated' }).field).toBe('kind');
    app.ok('schedule.cancelBooking', { bookingId, kind: 'excused', reason: 'U lékaře' });
    const [entry] = app.ok('schedule.clientHistory', { clientId: 1 }).bookings;
    expect(entry).toMatchObject({ status: 'cancelled', cancelKind: 'excused', cancelReason: 'U lékaře' });
    app.ok('schedule.restoreBooking', { bookingId });
    expect(app.ok('schedule.clientHistory', { clientId: 1 }).bookings[0]).toMatchObject({
      status: 'booked',
      cancelKind: null,
      cancelReason: null,
    });
  });
});

describe('the client’s booking history', () => {
  test('coming shifts, then every booking (moved, cancelled with why) and the waiting list', () => {
    const moved = book(app, '2026-11-25', 1);
    app.ok('schedule.moveBooking', { bookingId: moved.bookingId, to: refOn(app, '2026-11-27') });
    const cancelled = book(app, '2026-11-30', 1);
    app.ok('schedule.cancelBooking', { bookingId: cancelled.bookingId, kind: 'inTime' });
    [2, 3, 4, 5].forEach((id) => book(app, '2026-12-02', id));
    app.ok('schedule.addToWaitingList', { shift: refOn(app, '2026-12-02'), clientId: 1 });

    const history = app.ok('schedule.clientHistory', { clientId: 1 });
    expect(history.coming.map((b) => [b.date, b.start])).toEqual([['2026-11-27', '09:00']]);
    expect(history.bookings.map((b) => [b.date, b.status, b.cancelKind, b.movedTo?.date ?? null])).toEqual([
      ['2026-11-30', 'cancelled', 'inTime', null],
      ['2026-11-27', 'booked', null, null],
      ['2026-11-25', 'moved', null, '2026-11-27'],
    ]);
    expect(history.waiting.map((w) => [w.date, w.status, w.position])).toEqual([['2026-12-02', 'waiting', 1]]);
  });

  test('an unknown client is refused by name', () => {
    expect(app.err('schedule.clientHistory', { clientId: 99 })).toMatchObject({ code: 'notFound', field: 'clientId' });
  });
});
