import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { scheduleDefaults } from '../../../core/schedule/settings.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { addClients, book, refOn, shiftOn, signAgreement, week } from './support.js';

// The clock: Tuesday 2026-11-24 09:00. Monday of week 49 has four places.
let app: TestApp;
beforeEach(() => {
  app = testApp();
  addClients(app, 10);
});
afterEach(() => app.close());

const monday = '2026-11-30';
const wait = (clientId: number, date = monday, overrideReason?: string) =>
  app.ok('schedule.addToWaitingList', {
    shift: refOn(app, date),
    clientId,
    ...(overrideReason ? { overrideReason } : {}),
  });
const cancel = (bookingId: number) => app.ok('schedule.cancelBooking', { bookingId, kind: 'inTime' });
const fill = () => [1, 2, 3, 4].map((id) => book(app, monday, id).bookingId);
const waitingNames = () => shiftOn(app, monday).waiting.map((w) => [w.clientId, w.order, w.priority, w.blockedBy]);

describe('joining the list', () => {
  test('only for a full shift; entries keep the order they came in', () => {
    expect(app.err('schedule.addToWaitingList', { shift: refOn(app, monday), clientId: 5 })).toMatchObject({
      code: 'schedule.placesFree',
      field: 'shift',
    });
    fill();
    expect(wait(5)).toMatchObject({ position: 1 });
    expect(wait(6)).toMatchObject({ position: 2 });
    expect(shiftOn(app, monday).waiting.map((w) => [w.lastName, w.order])).toEqual([
      ['Novák E', 1],
      ['Novák F', 2],
    ]);
  });

  test('not twice, not while booked, and under the same weekly rule (overridable)', () => {
    fill();
    wait(5);
    expect(app.err('schedule.addToWaitingList', { shift: refOn(app, monday), clientId: 5 }).code).toBe(
      'schedule.alreadyWaiting',
    );
    expect(app.err('schedule.addToWaitingList', { shift: refOn(app, monday), clientId: 1 }).code).toBe(
      'schedule.alreadyBooked',
    );
    book(app, '2026-12-02', 6);
    expect(app.err('schedule.addToWaitingList', { shift: refOn(app, monday), clientId: 6 }).code).toBe(
      'schedule.weeklyLimit',
    );
    expect(wait(6, monday, 'Chce pracovat dvakrát, schváleno vedoucí')).toMatchObject({ position: 2 });
  });
});

describe('moving up', () => {
  test('a cancellation gives the place to the first waiting client, in the same call', () => {
    const [first] = fill();
    wait(5);
    wait(6);
    const result = cancel(first ?? 0);
    expect(result.promoted.map((p) => [p.clientId, p.firstName, p.lastName, p.date, p.start])).toEqual([
      [5, 'Tomáš', 'Novák E', monday, '09:00'],
    ]);
    const shift = shiftOn(app, monday);
    expect(shift.bookings.map((b) => b.clientId)).toEqual([2, 3, 4, 5]);
    expect(shift.bookings.at(-1)?.fromWaitingList).toBe(true);
    expect(shift.waiting.map((w) => w.clientId)).toEqual([6]);
    expect(shift.free).toBe(0);
  });

  test('the board keeps telling whom to tell until the coordinator confirms', () => {
    const [first] = fill();
    wait(5);
    const { promoted } = cancel(first ?? 0);
    const notices = week(app, 48).notices;
    expect(notices).toEqual([expect.objectContaining({ kind: 'promoted', clientId: 5, date: monday })]);
    app.ok('schedule.markTold', { bookingId: promoted[0]?.bookingId ?? 0 });
    expect(week(app, 49).notices).toEqual([]);
    expect(app.err('schedule.markTold', { bookingId: promoted[0]?.bookingId }).code).toBe('schedule.nothingToTell');
  });

  test('the promoted client gets the same warnings as a booking', () => {
    const [first] = fill();
    wait(5);
    expect(cancel(first ?? 0).promoted[0]?.warnings.map((w) => w.code)).toEqual(['schedule.noAgreement']);
  });

  test('skips a waiting client the rules would refuse now, who keeps their place', () => {
    const [first, second] = fill();
    wait(5);
    wait(6);
    wait(7);
    app.ok('clients.addSuspension', { clientId: 5, fromDate: '2026-11-25', toDate: null, reason: 'Agrese' });
    book(app, '2026-12-04', 6);
    expect(waitingNames()).toEqual([
      [5, 1, true, 'suspended'],
      [6, 2, true, 'weeklyLimit'],
      [7, 3, true, null],
    ]);
    expect(cancel(first ?? 0).promoted.map((p) => p.clientId)).toEqual([7]);
    expect(cancel(second ?? 0).promoted).toEqual([]);
    expect(shiftOn(app, monday).free).toBe(1);
  });

  test('nobody waiting: the place stays free, and the cancellation can be undone', () => {
    const [first] = fill();
    expect(cancel(first ?? 0).promoted).toEqual([]);
    expect(app.ok('schedule.restoreBooking', { bookingId: first ?? 0 })).toMatchObject({ bookingId: first });
    expect(shiftOn(app, monday).bookings.map((b) => b.clientId)).toEqual([1, 2, 3, 4]);
  });

  test('undo takes the place back from whoever moved up: they return to their waiting place', () => {
    const [first] = fill();
    wait(5);
    wait(6);
    const promotedId = cancel(first ?? 0).promoted[0]?.bookingId;
    expect(week(app, 49).notices.map((n) => n.clientId)).toEqual([5]);
    const undone = app.ok('schedule.restoreBooking', { bookingId: first ?? 0 });
    expect(undone.unpromoted.map((p) => p.clientId)).toEqual([5]);
    expect(shiftOn(app, monday).bookings.map((b) => b.clientId)).toEqual([1, 2, 3, 4]);
    expect(waitingNames().map(([clientId, order]) => [clientId, order])).toEqual([
      [5, 1],
      [6, 2],
    ]);
    // Nobody is left to tell: the move up never reached anyone.
    expect(week(app, 49).notices).toEqual([]);
    const row = app.database.sqlite
      .prepare('SELECT status, cancel_kind AS kind FROM bookings WHERE id = ?')
      .get(promotedId);
    expect(row).toEqual({ status: 'cancelled', kind: 'undone' });
    // The undone move up is not itself a cancellation to undo.
    expect(app.err('schedule.restoreBooking', { bookingId: promotedId ?? 0 }).code).toBe(
      'schedule.notCancelledBooking',
    );
  });

  test('undo fails clearly once someone else booked the freed place', () => {
    const [first] = fill();
    cancel(first ?? 0);
    book(app, monday, 7);
    expect(app.err('schedule.restoreBooking', { bookingId: first })).toMatchObject({
      code: 'schedule.shiftFull',
      field: 'bookingId',
    });
  });

  test('a cancelled booking is kept as history', () => {
    const [first] = fill();
    cancel(first ?? 0);
    const row = app.database.sqlite
      .prepare('SELECT status, cancelled_by AS who, cancelled_at AS at FROM bookings WHERE id = ?')
      .get(first);
    expect(row).toEqual({ status: 'cancelled', who: 'test', at: '2026-11-24T09:00:00+01:00' });
    expect(app.err('schedule.cancelBooking', { bookingId: first, kind: 'excused' }).code).toBe('schedule.notBooked');
  });

  test('more places on the shift fill from the list', () => {
    fill();
    wait(5);
    wait(6);
    const result = app.ok('schedule.updateShift', {
      shift: refOn(app, monday),
      start: '09:00',
      end: '12:00',
      places: 6,
      place: 'Kontaktní centrum',
    });
    expect(result.promoted.map((p) => p.clientId)).toEqual([5, 6]);
  });
});

describe('fairness', () => {
  /**
   * Week 46: client 5 came and worked, client 6 was booked too but did not
   * come, so only client 5 worked (a booking alone is not work). 5 joined the
   * list first.
   */
  function history(): number[] {
    signAgreement(app, 5, '2026-11-01');
    const db = app.database.sqlite;
    const stamp = '2026-11-05T10:00:00+01:00';
    const { id: shiftId } = db
      .prepare(
        `INSERT INTO shifts (date, start_time, end_time, places, place, pattern_id, status, created_at, updated_at)
       VALUES ('2026-11-11', '09:00', '12:00', 4, 'Kontaktní centrum', 2, 'open', ?, ?) RETURNING id`,
      )
      .get(stamp, stamp) as { id: number };
    const arrive = (clientId: number, outcome: 'admitted' | 'noShow') => {
      const { id: bookingId } = db
        .prepare(
          `INSERT INTO bookings (shift_id, client_id, status, booked_at, booked_by) VALUES (?, ?, 'booked', ?, 'test') RETURNING id`,
        )
        .get(shiftId, clientId, stamp) as { id: number };
      return db
        .prepare(
          `INSERT INTO arrivals (booking_id, shift_id, client_id, outcome, recorded_at, recorded_by)
           VALUES (?, ?, ?, ?, '2026-11-11T09:00:00+01:00', 'test') RETURNING id`,
        )
        .get(bookingId, shiftId, clientId, outcome) as { id: number };
    };
    const worked = arrive(5, 'admitted');
    arrive(6, 'noShow');
    db.prepare(
      `INSERT INTO work_records (arrival_id, client_id, shift_id, agreement_id, work_date, start_time, end_time, minutes,
         day_kind, created_at, created_by, updated_at, updated_by)
       VALUES (?, 5, ?, (SELECT id FROM agreements WHERE client_id = 5), '2026-11-11', '09:00', '12:00', 180,
         'weekday', ?, 'test', ?, 'test')`,
    ).run(worked.id, shiftId, stamp, stamp);
    const booked = fill();
    wait(5);
    wait(6);
    return booked;
  }

  test('a client who has not worked in the last N weeks goes first', () => {
    const [first] = history();
    expect(waitingNames()).toEqual([
      [6, 1, true, null],
      [5, 2, false, null],
    ]);
    expect(cancel(first ?? 0).promoted.map((p) => p.clientId)).toEqual([6]);
  });

  test('outside the window the work no longer counts', () => {
    app.ok('schedule.saveSettings', { ...scheduleDefaults, fairnessWeeks: 2 });
    history();
    expect(waitingNames().map(([id, order]) => [id, order])).toEqual([
      [5, 1],
      [6, 2],
    ]);
  });

  test('window 0 is plain first come, first served', () => {
    app.ok('schedule.saveSettings', { ...scheduleDefaults, fairnessWeeks: 0 });
    history();
    expect(waitingNames()).toEqual([
      [5, 1, false, null],
      [6, 2, false, null],
    ]);
    expect(app.ok('schedule.week', { year: 2026, week: 49 }).fairnessWeeks).toBe(0);
  });
});

describe('leaving the list', () => {
  test('removing an entry; removing it again says so', () => {
    fill();
    const { entryId } = wait(5);
    app.ok('schedule.removeFromWaitingList', { entryId });
    expect(shiftOn(app, monday).waiting).toEqual([]);
    expect(app.err('schedule.removeFromWaitingList', { entryId }).code).toBe('schedule.notWaiting');
  });

  test('a direct booking settles the client’s entry on that shift', () => {
    const [first] = fill();
    wait(5);
    const suspension = app.ok('clients.addSuspension', {
      clientId: 5,
      fromDate: '2026-11-30',
      toDate: '2026-11-30',
      reason: 'Agrese',
    });
    expect(cancel(first ?? 0).promoted).toEqual([]);
    app.ok('clients.removeSuspension', { id: suspension.suspensions[0]?.id ?? 0 });
    expect(shiftOn(app, monday).waiting.map((w) => [w.clientId, w.blockedBy])).toEqual([[5, null]]);
    book(app, monday, 5);
    expect(shiftOn(app, monday).waiting).toEqual([]);
    const entry = app.database.sqlite.prepare('SELECT status FROM waiting_entries WHERE client_id = 5').get();
    expect(entry).toEqual({ status: 'booked' });
  });
});

describe('moving a booking', () => {
  test('to another shift of the week: the weekly limit does not count it twice; the old place moves up', () => {
    const [first] = fill();
    wait(5);
    const result = app.ok('schedule.moveBooking', {
      bookingId: first ?? 0,
      to: refOn(app, '2026-12-02'),
    });
    expect(result.promoted.map((p) => p.clientId)).toEqual([5]);
    expect(shiftOn(app, '2026-12-02').bookings.map((b) => b.clientId)).toEqual([1]);
    const old = app.database.sqlite.prepare('SELECT status, moved_to_id AS movedTo FROM bookings WHERE id = ?');
    expect(old.get(first)).toEqual({ status: 'moved', movedTo: result.bookingId });
  });

  test('to the same shift, or to a full one, is refused at the target', () => {
    const [first] = fill();
    expect(app.err('schedule.moveBooking', { bookingId: first, to: refOn(app, monday) })).toMatchObject({
      code: 'schedule.sameShift',
      field: 'to',
    });
    for (const id of [5, 6, 7, 8]) book(app, '2026-12-02', id);
    expect(app.err('schedule.moveBooking', { bookingId: first, to: refOn(app, '2026-12-02') })).toMatchObject({
      code: 'schedule.shiftFull',
      field: 'to',
    });
  });
});
