import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../helpers/db.js';
import { addClients, book, refOn, shiftOn, week } from '../schedule/support.js';

// The clock: Tuesday 2026-11-24 09:00. Mon, Wed, Fri 9:00–12:00, four places each.
let app: TestApp;
beforeEach(() => {
  app = testApp();
  addClients(app, 6);
});
afterEach(() => app.close());

const wednesday = '2026-11-25';
const monday = '2026-11-30';
const bookedOn = (date: string) => shiftOn(app, date).bookings.map((b) => b.clientId);
const dates = (list: { date: string }[]) => list.map((b) => b.date);
const fillMonday = () => [1, 2, 3, 4].map((id) => book(app, monday, id));
const waitMonday = (clientId: number) => app.ok('schedule.addToWaitingList', { shift: refOn(app, monday), clientId });

describe('deactivating a booked client', () => {
  test('shows, then releases the bookings from today on; the waiting list moves up and is named', () => {
    book(app, wednesday, 1);
    fillMonday();
    waitMonday(5);
    const preview = app.ok('schedule.releasePreview', { clientId: 1 });
    expect(dates(preview)).toEqual([wednesday, monday]);

    const result = app.ok('clients.deactivate', { id: 1, reason: 'Odstěhoval se' });
    expect(result.active).toBe(false);
    expect(dates(result.released)).toEqual([wednesday, monday]);
    expect(result.promoted.map((p) => [p.clientId, p.date])).toEqual([[5, monday]]);
    expect(bookedOn(monday)).toEqual([2, 3, 4, 5]);
    expect(bookedOn(wednesday)).toEqual([]);
    expect(week(app, 49).notices.map((n) => [n.clientId, n.kind])).toEqual([[5, 'promoted']]);
    const history = app.ok('schedule.clientHistory', { clientId: 1 });
    expect(history.coming).toEqual([]);
    expect(history.bookings.map((b) => [b.date, b.status, b.cancelKind])).toEqual([
      [monday, 'cancelled', 'deactivated'],
      [wednesday, 'cancelled', 'deactivated'],
    ]);
  });

  test('reactivating brings back what still has a free place; a released booking is not undone one by one', () => {
    book(app, wednesday, 1);
    fillMonday();
    waitMonday(5);
    const released = app.ok('clients.deactivate', { id: 1 }).released;
    expect(app.err('schedule.restoreBooking', { bookingId: released[0]?.bookingId ?? 0 }).code).toBe(
      'schedule.notCancelledBooking',
    );
    const back = app.ok('clients.reactivate', { id: 1 });
    expect(dates(back.restored)).toEqual([wednesday]);
    expect(bookedOn(wednesday)).toEqual([1]);
    expect(bookedOn(monday)).toEqual([2, 3, 4, 5]);
  });

  test('a client with nothing booked: nothing released', () => {
    const result = app.ok('clients.deactivate', { id: 6 });
    expect(result).toMatchObject({ released: [], promoted: [] });
  });
});

describe('a suspension over booked shifts', () => {
  test('releases only the bookings it covers; removing it brings them back', () => {
    book(app, wednesday, 1);
    book(app, monday, 1);
    const period = { clientId: 1, fromDate: '2026-11-29', toDate: '2026-11-30' };
    expect(dates(app.ok('schedule.releasePreview', period))).toEqual([monday]);
    const suspended = app.ok('clients.addSuspension', { ...period, reason: 'Agrese vůči personálu' });
    expect(dates(suspended.released)).toEqual([monday]);
    expect(bookedOn(monday)).toEqual([]);
    expect(bookedOn(wednesday)).toEqual([1]);
    const removed = app.ok('clients.removeSuspension', { id: suspended.suspensions[0]?.id ?? 0 });
    expect(dates(removed.restored)).toEqual([monday]);
    expect(bookedOn(monday)).toEqual([1]);
  });

  test('an open-ended suspension releases every coming booking and fills from the waiting list', () => {
    fillMonday();
    waitMonday(6);
    const suspended = app.ok('clients.addSuspension', {
      clientId: 2,
      fromDate: '2026-11-20',
      toDate: null,
      reason: 'Porušení pravidel',
    });
    expect(suspended.promoted.map((p) => p.clientId)).toEqual([6]);
    expect(bookedOn(monday)).toEqual([1, 3, 4, 6]);
  });

  test('a refused suspension releases nothing', () => {
    book(app, monday, 1);
    const error = app.err('clients.addSuspension', {
      clientId: 1,
      fromDate: '2026-12-01',
      toDate: '2026-11-29',
      reason: 'x',
    });
    expect(error.code).toBe('invalidInput');
    expect(bookedOn(monday)).toEqual([1]);
  });
});
