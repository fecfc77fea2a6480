import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../helpers/db.js';
import { plain } from '../support.js';
import { addClients, book, refOn, shiftOn, week } from './support.js';

// The clock: Tuesday 2026-11-24 09:00 (week 48). Seeded pattern: Mon, Wed, Fri 9–12, 4 places.
let app: TestApp;
beforeEach(() => {
  app = testApp();
  addClients(app, 6);
});
afterEach(() => app.close());

const mondayPattern = { weekday: 1, start: '09:00', end: '12:00', place: 'Kontaktní centrum', task: 'Úklid' };
const shiftCounts = (n: number) => week(app, n).shifts.map((s) => [s.date, s.places, s.ref]);

describe('the pattern', () => {
  test('a new database has Mon, Wed and Fri 9:00–12:00 with four places', () => {
    const patterns = app.ok('schedule.listPatterns', {});
    expect(patterns.map((p) => [p.weekday, p.start, p.end, p.places, p.place, p.validFrom, p.validTo])).toEqual([
      [1, '09:00', '12:00', 4, 'Kontaktní centrum', '2025-01-01', null],
      [3, '09:00', '12:00', 4, 'Kontaktní centrum', '2025-01-01', null],
      [5, '09:00', '12:00', 4, 'Kontaktní centrum', '2025-01-01', null],
    ]);
    expect(week(app, 49).shifts.map((s) => [s.date, s.start, s.free, s.id])).toEqual([
      ['2026-11-30', '09:00', 4, null],
      ['2026-12-02', '09:00', 4, null],
      ['2026-12-04', '09:00', 4, null],
    ]);
  });

  test('a change from a date keeps history: earlier weeks and weeks already written stay as they were', () => {
    book(app, '2026-11-30', 1); // writes week 49
    const saved = app.ok('schedule.savePattern', { ...mondayPattern, id: 1, places: 6, validFrom: '2026-11-30' });
    expect(saved.ended).toMatchObject({ id: 1, validTo: '2026-11-29', places: 4 });
    expect(saved.pattern).toMatchObject({ id: 4, validFrom: '2026-11-30', places: 6, validTo: null });
    expect(saved.unchangedDates).toEqual(['2026-11-30']);
    expect(shiftCounts(46)[0]?.slice(0, 2)).toEqual(['2026-11-09', 4]);
    expect(shiftCounts(49)[0]?.slice(0, 2)).toEqual(['2026-11-30', 4]);
    expect(shiftCounts(50)[0]).toEqual(['2026-12-07', 6, { patternId: 4, date: '2026-12-07' }]);
  });

  test('a change starting before the period edits the row itself', () => {
    const saved = app.ok('schedule.savePattern', {
      ...mondayPattern,
      id: 1,
      places: 3,
      validFrom: '2025-01-01',
    });
    expect(saved).toMatchObject({ pattern: { id: 1, places: 3 }, ended: null });
  });

  test('two recurring shifts may not start at the same day and time at once', () => {
    const error = app.err('schedule.savePattern', { ...mondayPattern, places: 2, validFrom: '2027-01-01' }, 'cs');
    expect(error).toMatchObject({ code: 'schedule.patternOverlap', field: 'validFrom' });
    expect(plain(error.message)).toBe('Ve stejný den a čas už platí jiná pravidelná směna (1. 1. 2025 – …).');
    const afternoon = app.ok('schedule.savePattern', {
      ...mondayPattern,
      start: '13:00',
      end: '16:00',
      places: 2,
      validFrom: '2026-11-01',
    });
    expect(afternoon.pattern.id).toBe(4);
    expect(
      week(app, 49)
        .shifts.filter((s) => s.date === '2026-11-30')
        .map((s) => s.start),
    ).toEqual(['09:00', '13:00']);
  });

  test('the form’s rules name their field', () => {
    const base = { ...mondayPattern, places: 2, validFrom: '2027-01-01' };
    expect(app.err('schedule.savePattern', { ...base, end: '08:00' }).field).toBe('end');
    expect(app.err('schedule.savePattern', { ...base, start: '9:00' }, 'cs').message).toBe(
      'Začátek: Zadejte čas jako HH:MM (např. 9:00 jako 09:00).',
    );
    expect(app.err('schedule.savePattern', { ...base, places: 0 }).field).toBe('places');
    expect(app.err('schedule.savePattern', { ...base, weekday: 8 }).field).toBe('weekday');
    expect(app.err('schedule.savePattern', { ...base, validTo: '2026-12-31' }).field).toBe('validTo');
  });

  test('ending: later weeks no longer show it; a pattern never used is deleted', () => {
    book(app, '2026-12-02', 1); // writes week 49 with Wednesday's shift
    const ended = app.ok('schedule.endPattern', { id: 2, lastDay: '2026-11-29' });
    expect(ended.unchangedDates).toEqual(['2026-12-02']);
    expect(week(app, 50).shifts.map((s) => s.weekday)).toEqual([1, 5]);
    expect(app.err('schedule.endPattern', { id: 2, lastDay: '2024-12-31' }).code).toBe('schedule.patternInUse');
    const unused = app.ok('schedule.savePattern', {
      ...mondayPattern,
      weekday: 6,
      places: 2,
      validFrom: '2027-01-01',
    });
    expect(app.ok('schedule.endPattern', { id: unused.pattern.id, lastDay: '2026-12-31' })).toEqual({
      deleted: true,
      pattern: null,
      unchangedDates: [],
    });
  });
});

describe('cancelling a shift', () => {
  test('lists who was booked and who waited; keeps their bookings as history', () => {
    for (const id of [1, 2, 3, 4]) book(app, '2026-11-30', id);
    app.ok('schedule.addToWaitingList', { shift: refOn(app, '2026-11-30'), clientId: 5 });
    const result = app.ok('schedule.cancelShift', {
      shift: refOn(app, '2026-11-30'),
      reason: 'Státní svátek',
    });
    expect(result.booked.map((p) => p.lastName)).toEqual(['Šťastný', 'Novák B', 'Novák C', 'Novák D']);
    expect(result.waiting.map((p) => p.lastName)).toEqual(['Novák E']);
    const shift = shiftOn(app, '2026-11-30');
    expect(shift).toMatchObject({ status: 'cancelled', cancelReason: 'Státní svátek', free: 0, bookings: [] });
    expect(week(app, 48).notices.map((n) => [n.kind, n.clientId])).toEqual([
      ['shiftCancelled', 1],
      ['shiftCancelled', 2],
      ['shiftCancelled', 3],
      ['shiftCancelled', 4],
    ]);
    const rows = app.database.sqlite.prepare(`SELECT count(*) AS n FROM bookings WHERE status = 'cancelled'`).get();
    expect(rows).toEqual({ n: 4 });
  });

  test('the client whose shift was cancelled may book another that week', () => {
    book(app, '2026-11-30', 1);
    app.ok('schedule.cancelShift', { shift: refOn(app, '2026-11-30'), reason: 'Svátek' });
    expect(book(app, '2026-12-02', 1).bookingId).toBe(2);
  });

  test('restoring brings bookings back where the rules still allow, and says who not and why', () => {
    book(app, '2026-11-30', 1);
    book(app, '2026-11-30', 2);
    const { shiftId } = app.ok('schedule.cancelShift', {
      shift: refOn(app, '2026-11-30'),
      reason: 'Svátek',
    });
    book(app, '2026-12-02', 2);
    const restored = app.ok('schedule.restoreShift', { shiftId });
    expect(restored.restored.map((p) => p.clientId)).toEqual([1]);
    expect(restored.notRestored).toEqual([
      expect.objectContaining({ clientId: 2, reason: 'mezitím má jinou směnu v témže týdnu' }),
    ]);
    expect(shiftOn(app, '2026-11-30').bookings.map((b) => b.clientId)).toEqual([1]);
    expect(week(app, 48).notices.map((n) => [n.kind, n.clientId])).toEqual([['shiftCancelled', 2]]);
  });

  test('a shift that has passed cannot be cancelled', () => {
    expect(app.err('schedule.cancelShift', { shift: refOn(app, '2026-11-23'), reason: 'x' }).code).toBe(
      'schedule.shiftStarted',
    );
  });
});

describe('extra and changed shifts', () => {
  test('an extra shift joins the week; not in the past', () => {
    const input = { date: '2026-12-05', start: '10:00', end: '13:00', places: 2, place: 'Sklad', task: 'Inventura' };
    app.ok('schedule.addExtraShift', input);
    expect(week(app, 49).shifts.map((s) => [s.date, s.extra])).toEqual([
      ['2026-11-30', false],
      ['2026-12-02', false],
      ['2026-12-04', false],
      ['2026-12-05', true],
    ]);
    expect(app.err('schedule.addExtraShift', { ...input, date: '2026-11-24', start: '08:00' })).toMatchObject({
      code: 'schedule.shiftStarted',
      field: 'date',
    });
  });

  test('fewer places than booked is refused; a new time must be told to the booked', () => {
    book(app, '2026-11-30', 1);
    book(app, '2026-11-30', 2);
    const change = { shift: refOn(app, '2026-11-30'), start: '10:00', end: '13:00', place: 'Kontaktní centrum' };
    expect(app.err('schedule.updateShift', { ...change, places: 1 })).toMatchObject({
      code: 'schedule.placesBelowBooked',
      field: 'places',
    });
    app.ok('schedule.updateShift', { ...change, places: 2 });
    expect(shiftOn(app, '2026-11-30')).toMatchObject({ start: '10:00', end: '13:00', places: 2, free: 0 });
    expect(week(app, 48).notices.map((n) => [n.kind, n.clientId, n.start])).toEqual([
      ['shiftChanged', 1, '10:00'],
      ['shiftChanged', 2, '10:00'],
    ]);
  });
});
