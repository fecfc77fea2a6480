import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dateText } from '../../../core/contract/present.js';
import { scheduleDefaults } from '../../../core/schedule/settings.js';
import { deskApp, fitAnswers, type DeskApp } from '../attendance/support.js';
import { plain } from '../support.js';
import { addClients, book, bookingError, refOn, shiftOn } from './support.js';

// Mondays 2, 9, 16, 23 and 30 November 2026 each have a shift 9:00–12:00 with four places.
// The defaults: three no-shows within eight weeks block sign-up for four weeks.
let app: DeskApp;
beforeEach(() => {
  app = deskApp();
  addClients(app, 7);
});
afterEach(() => app.close());

/** The client booked on the day's shift in the morning, then recorded as not come. */
function noShowOn(date: string, clientId: number): number {
  app.at(date, '08:00');
  const { bookingId } = book(app, date, clientId);
  app.at(date, '10:00');
  return app.ok('attendance.recordNoShow', { bookingId }).arrival.id;
}

const threeNoShows = (clientId = 1) => ['2026-11-02', '2026-11-09', '2026-11-16'].map((d) => noShowOn(d, clientId));
const overrideOf = (bookingId: number) =>
  (
    app.database.sqlite.prepare('SELECT override_reason AS reason FROM bookings WHERE id = ?').get(bookingId) as {
      reason: string | null;
    }
  ).reason;

describe('the no-show block', () => {
  test('the third no-show within eight weeks blocks sign-up for four weeks; a written reason lets one through', () => {
    threeNoShows();
    const error = bookingError(app, '2026-11-23', 1);
    expect(error).toMatchObject({ code: 'schedule.noShowBlock', field: 'overrideReason' });
    expect(plain(error.message)).toContain(plain(dateText('en', '2026-12-13')));
    // Others sign up as before.
    expect(book(app, '2026-11-23', 2).warnings.map((w) => w.code)).not.toContain('schedule.noShowOverrideRecorded');

    const allowed = book(app, '2026-11-23', 1, 'Came to explain: was in hospital');
    expect(allowed.warnings.map((w) => w.code)).toContain('schedule.noShowOverrideRecorded');
    expect(overrideOf(allowed.bookingId)).toBe('Came to explain: was in hospital');
  });

  test('the block shows on the week board and the client page, and ends after its last day', () => {
    threeNoShows();
    book(app, '2026-11-23', 1, 'Agreed with the team');
    const marks = shiftOn(app, '2026-11-23').bookings.map((b) => [b.clientId, b.noShowBlockedUntil]);
    expect(marks).toEqual([[1, '2026-12-13']]);
    expect(app.ok('schedule.noShows', { clientIds: [1, 2] })).toEqual([
      { clientId: 1, total: 3, recent: 3, windowWeeks: 8, blockedFrom: '2026-11-16', blockedUntil: '2026-12-13' },
      { clientId: 2, total: 0, recent: 0, windowWeeks: 8, blockedFrom: null, blockedUntil: null },
    ]);
    app.at('2026-12-13', '20:00');
    expect(bookingError(app, '2026-12-14', 1).code).toBe('schedule.noShowBlock');
    app.at('2026-12-14', '08:00');
    expect(book(app, '2026-12-14', 1).bookingId).toBeGreaterThan(0);
    expect(shiftOn(app, '2026-12-14').bookings[0]?.noShowBlockedUntil).toBeNull();
  });

  test('two no-shows, being sent away and an excused cancellation do not block', () => {
    noShowOn('2026-11-02', 1);
    noShowOn('2026-11-09', 1);
    app.at('2026-11-16', '08:00');
    const { bookingId } = book(app, '2026-11-16', 1);
    app.at('2026-11-16', '09:00');
    app.ok('attendance.recordArrival', {
      bookingId,
      outcome: 'sentAway',
      time: '09:00',
      fitness: fitAnswers(app),
      sentAwayReason: 'Not fit to work',
    });
    app.at('2026-11-18', '07:00');
    const excused = book(app, '2026-11-18', 1, 'Second shift this week, agreed');
    app.ok('schedule.cancelBooking', { bookingId: excused.bookingId, kind: 'excused', reason: 'Doctor' });
    expect(book(app, '2026-11-23', 1).bookingId).toBeGreaterThan(0);
    expect(app.ok('schedule.noShows', { clientIds: [1] })[0]).toMatchObject({ total: 2, blockedUntil: null });
  });

  test('no-shows further apart than the window do not add up', () => {
    app.ok('schedule.saveSettings', { ...scheduleDefaults, noShowWeeks: 2 });
    threeNoShows();
    expect(book(app, '2026-11-23', 1).bookingId).toBeGreaterThan(0);
  });

  test('taking back a wrongly recorded no-show lifts the block', () => {
    const [, , third] = threeNoShows();
    expect(bookingError(app, '2026-11-23', 1).code).toBe('schedule.noShowBlock');
    app.ok('attendance.undoArrival', { arrivalId: third ?? 0 });
    expect(book(app, '2026-11-23', 1).bookingId).toBeGreaterThan(0);
  });

  test('a limit of 0 turns the block off', () => {
    threeNoShows();
    app.ok('schedule.saveSettings', { ...scheduleDefaults, noShowLimit: 0 });
    expect(book(app, '2026-11-23', 1).bookingId).toBeGreaterThan(0);
    expect(shiftOn(app, '2026-11-23').bookings[0]?.noShowBlockedUntil).toBeNull();
  });

  test('a blocked client keeps their place on the waiting list but is skipped', () => {
    app.at('2026-11-16', '07:00');
    [2, 3, 4, 5].forEach((id) => book(app, '2026-11-23', id));
    app.ok('schedule.addToWaitingList', { shift: refOn(app, '2026-11-23'), clientId: 1 });
    app.ok('schedule.addToWaitingList', { shift: refOn(app, '2026-11-23'), clientId: 6 });
    threeNoShows();
    const waiting = () => shiftOn(app, '2026-11-23').waiting.map((w) => [w.clientId, w.blockedBy]);
    expect(waiting()).toEqual([
      [1, 'noShows'],
      [6, null],
    ]);
    const first = shiftOn(app, '2026-11-23').bookings[0]?.id ?? 0;
    const cancelled = app.ok('schedule.cancelBooking', { bookingId: first, kind: 'inTime' });
    expect(cancelled.promoted.map((p) => p.clientId)).toEqual([6]);
  });

  test('a walk-in is refused the same way, and let through with a reason', () => {
    threeNoShows();
    app.at('2026-11-23', '08:50');
    const walkIn = {
      shift: refOn(app, '2026-11-23'),
      clientId: 1,
      outcome: 'sentAway' as const,
      sentAwayReason: 'Drunk',
    };
    expect(app.err('attendance.walkIn', walkIn)).toMatchObject({
      code: 'schedule.noShowBlock',
      field: 'overrideReason',
    });
    const done = app.ok('attendance.walkIn', { ...walkIn, overrideReason: 'Came on time today, asked to work' });
    expect(overrideOf(done.bookingId)).toBe('Came on time today, asked to work');
  });
});
