import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { scheduleDefaults } from '../../../core/schedule/settings.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { parameters2027, plain } from '../support.js';
import { addClients, auditCount, book, bookingError, refOn, shiftOn, signAgreement, week } from './support.js';

// The clock: Tuesday 2026-11-24 09:00, ISO week 48. Week 49 runs 30 Nov – 6 Dec.
let app: TestApp;
beforeEach(() => {
  app = testApp();
  addClients(app, 6);
});
afterEach(() => app.close());

const monday49 = '2026-11-30';
const wednesday49 = '2026-12-02';

describe('a booking', () => {
  test('writes the week from the pattern and takes a place', () => {
    expect(shiftOn(app, monday49).ref).toEqual({ patternId: 1, date: monday49 });
    const result = book(app, monday49, 1);
    expect(result).toMatchObject({ bookingId: 1, shiftId: 1, promoted: [] });
    const shift = shiftOn(app, monday49);
    expect(shift).toMatchObject({ ref: { shiftId: 1 }, places: 4, free: 3 });
    expect(shift.bookings.map((b) => [b.firstName, b.lastName, b.bookedBy])).toEqual([['Řehoř', 'Šťastný', 'test']]);
    expect(week(app, 49).shifts.map((s) => s.ref)).toEqual([{ shiftId: 1 }, { shiftId: 2 }, { shiftId: 3 }]);
  });

  test('is audited with the shift and the client', () => {
    book(app, monday49, 2);
    const row = app.database.sqlite
      .prepare(`SELECT entity, entity_id AS entityId, detail FROM audit_log WHERE method = 'schedule.book'`)
      .get() as { entity: string; entityId: number; detail: string };
    expect(row).toMatchObject({ entity: 'booking', entityId: 1 });
    expect(JSON.parse(row.detail)).toEqual({ shiftId: 1, clientId: 2, date: monday49, overrideReason: null });
  });
});

describe('places', () => {
  test('no more bookings than places; the refusal names the rule and changes nothing', () => {
    for (const id of [1, 2, 3, 4]) book(app, monday49, id);
    const before = auditCount(app);
    const refused = bookingError(app, monday49, 5, 'cs');
    expect(refused).toMatchObject({ code: 'schedule.shiftFull', field: 'shift' });
    expect(plain(refused.message)).toBe(
      'Směna po 30. 11. 9:00 je plná (obsazena jsou všechna místa: 4). Klienta můžete zapsat na čekací listinu.',
    );
    expect(plain(bookingError(app, monday49, 5).message)).toBe(
      'The shift Mon 30 Nov 9:00 is full (all its places are taken: 4). You can put the client on the waiting list.',
    );
    expect(auditCount(app)).toBe(before);
    expect(shiftOn(app, monday49).free).toBe(0);
  });

  test('the same client cannot take two places on one shift', () => {
    book(app, monday49, 1);
    expect(bookingError(app, monday49, 1)).toMatchObject({ code: 'schedule.alreadyBooked', field: 'clientId' });
  });
});

describe('the weekly limit', () => {
  test('a second shift in the same ISO week is refused, naming the first', () => {
    book(app, monday49, 1);
    const refused = bookingError(app, wednesday49, 1, 'cs');
    expect(refused).toMatchObject({ code: 'schedule.weeklyLimit', field: 'overrideReason' });
    expect(plain(refused.message)).toBe(
      'Řehoř Šťastný už má v týdnu 49 zapsanou směnu (po 30. 11. 9:00). Pravidlo programu: nejvýše 1× týdně. Výjimku lze udělit jen s uvedením důvodu.',
    );
  });

  test('a written reason overrides it, recorded with who and when', () => {
    book(app, monday49, 1);
    const result = book(app, wednesday49, 1, 'Zástup za nemocného klienta');
    expect(result.warnings.map((w) => w.code)).toContain('schedule.overrideRecorded');
    const row = app.database.sqlite
      .prepare('SELECT override_reason AS reason, booked_by AS who, booked_at AS at FROM bookings WHERE id = ?')
      .get(result.bookingId);
    expect(row).toEqual({ reason: 'Zástup za nemocného klienta', who: 'test', at: '2026-11-24T09:00:00+01:00' });
    expect(shiftOn(app, wednesday49).bookings[0]?.overrideReason).toBe('Zástup za nemocného klienta');
  });

  test('a reason that was not needed is not recorded as an exception', () => {
    const result = book(app, monday49, 1, 'Jen pro jistotu');
    expect(result.warnings.map((w) => w.code)).not.toContain('schedule.overrideRecorded');
    expect(shiftOn(app, monday49).bookings[0]?.overrideReason).toBeNull();
  });

  test('the next ISO week is a new week', () => {
    book(app, '2026-12-04', 1);
    expect(book(app, '2026-12-07', 1).bookingId).toBe(2);
  });

  test('the limit is a setting', () => {
    app.ok('schedule.saveSettings', { ...scheduleDefaults, weeklyLimit: 2 });
    book(app, monday49, 1);
    book(app, wednesday49, 1);
    expect(bookingError(app, '2026-12-04', 1).message).toContain('at most 2 a week');
  });

  test('a cancelled booking no longer counts', () => {
    const first = book(app, monday49, 1);
    app.ok('schedule.cancelBooking', { bookingId: first.bookingId, kind: 'inTime' });
    expect(book(app, wednesday49, 1).bookingId).toBe(2);
  });
});

describe('suspensions', () => {
  const suspend = (fromDate: string, toDate: string | null) =>
    app.ok('clients.addSuspension', { clientId: 1, fromDate, toDate, reason: 'Porušení domácího řádu' });

  test.each([
    ['covering the day', '2026-11-20', '2026-11-30', true],
    ['open-ended', '2026-11-01', null, true],
    ['starting that day', '2026-11-30', '2026-12-31', true],
    ['ending the day before', '2026-11-01', '2026-11-29', false],
    ['starting the day after', '2026-12-01', null, false],
  ])('a suspension %s', (_name, from, to, refused) => {
    suspend(from, to);
    if (refused) {
      const error = bookingError(app, monday49, 1, 'cs');
      expect(error).toMatchObject({ code: 'schedule.suspended', field: 'clientId' });
      expect(error.message).toContain('Řehoř Šťastný má pozastavenou účast');
    } else {
      expect(book(app, monday49, 1).bookingId).toBe(1);
    }
  });
});

describe('time', () => {
  test('no booking for a shift that has passed', () => {
    const error = bookingError(app, '2026-11-23', 1, 'cs');
    expect(error).toMatchObject({ code: 'schedule.shiftStarted', field: 'shift' });
    expect(plain(error.message)).toBe('Směna po 23. 11. 9:00 už začala nebo proběhla, zápis na ni se už nemění.');
  });

  test('a shift starting now has started; one later today has not', () => {
    const pattern = { weekday: 2, end: '16:00', places: 2, place: 'Sklad', validFrom: '2026-11-01' };
    app.ok('schedule.savePattern', { ...pattern, start: '09:00', end: '12:00' });
    app.ok('schedule.savePattern', { ...pattern, start: '09:01' });
    const today = week(app, 48).shifts.filter((s) => s.date === '2026-11-24');
    expect(today.map((s) => [s.start, s.started])).toEqual([
      ['09:00', true],
      ['09:01', false],
    ]);
    expect(app.err('schedule.book', { shift: today[0]?.ref, clientId: 1 }).code).toBe('schedule.shiftStarted');
    expect(app.ok('schedule.book', { shift: today[1]?.ref ?? { shiftId: 0 }, clientId: 1 })).toMatchObject({
      bookingId: 1,
    });
  });

  test('no booking for a cancelled shift', () => {
    app.ok('schedule.cancelShift', { shift: refOn(app, monday49), reason: 'Státní svátek' });
    const error = bookingError(app, monday49, 1, 'cs');
    expect(error).toMatchObject({ code: 'schedule.shiftCancelled', field: 'shift' });
    expect(plain(error.message)).toBe('Směna po 30. 11. 9:00 je zrušená (Státní svátek).');
  });

  test('sign-up opens a set number of weeks ahead', () => {
    expect(week(app, 51).signUp).toEqual({ state: 'open', opensOn: null });
    expect(week(app, 52).signUp).toEqual({ state: 'notYet', opensOn: '2026-11-30' });
    const error = bookingError(app, '2026-12-21', 1, 'cs');
    expect(error).toMatchObject({ code: 'schedule.notOpenYet', field: 'shift' });
    expect(plain(error.message)).toContain('Zápis na týden 52 se otevírá až 30. 11. 2026.');
    app.ok('schedule.saveSettings', { ...scheduleDefaults, weeksAhead: 4 });
    expect(book(app, '2026-12-21', 1).bookingId).toBe(1);
    expect(week(app, 47).signUp.state).toBe('past');
  });
});

describe('warnings (the booking stands)', () => {
  test('less than the legal schedule notice before the shift', () => {
    const soon = book(app, '2026-11-25', 1);
    const warning = soon.warnings.find((w) => w.code === 'schedule.shortNotice');
    expect(plain(warning?.message ?? '')).toBe(
      'Směna je dřív než za 3 dny: rozvrh má klient dostat písemně nejméně 3 dny předem (zákoník práce). Předejte mu rozpis hned.',
    );
    expect(book(app, '2026-11-27', 2).warnings.map((w) => w.code)).not.toContain('schedule.shortNotice');
  });

  test('the notice is the figure valid today in the pay parameters, not a constant', () => {
    const [p2026] = app.ok('settings.listParameters').filter((p) => p.id === 2);
    app.ok('settings.saveParameters', {
      ...parameters2027,
      id: p2026?.id,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      scheduleNoticeDays: 5,
    });
    const warning = book(app, '2026-11-27', 1).warnings.find((w) => w.code === 'schedule.shortNotice');
    expect(warning?.params).toMatchObject({ noticeDays: 5, notice: '5\u00a0dní' });
  });

  test('missing legal figures for today do not block the booking', () => {
    app.ok('settings.deleteParameters', { id: 2 });
    expect(book(app, monday49, 1).warnings.map((w) => w.code)).toContain('schedule.noParameters');
  });

  test('no valid agreement on the shift’s day', () => {
    const without = book(app, monday49, 1);
    expect(plain(without.warnings.find((w) => w.code === 'schedule.noAgreement')?.message ?? '')).toBe(
      'Řehoř Šťastný nemá na 30. 11. 2026 platnou podepsanou dohodu (DPČ). Zápis platí, ale bez dohody nemůže při příchodu nastoupit.',
    );
    signAgreement(app, 2, '2026-11-01', '2026-12-31');
    expect(book(app, monday49, 2).warnings).toEqual([]);
    const flags = shiftOn(app, monday49).bookings.map((b) => [b.clientId, b.noAgreement]);
    expect(flags).toEqual([
      [1, true],
      [2, false],
    ]);
  });
});

describe('who can be booked', () => {
  test('a client who left the programme', () => {
    app.ok('clients.deactivate', { id: 3 });
    expect(bookingError(app, monday49, 3)).toMatchObject({ code: 'schedule.clientInactive', field: 'clientId' });
  });

  test('unknown client or shift name the field', () => {
    expect(bookingError(app, monday49, 99)).toMatchObject({ code: 'notFound', field: 'clientId' });
    expect(app.err('schedule.book', { shift: { shiftId: 99 }, clientId: 1 })).toMatchObject({
      code: 'notFound',
      field: 'shift',
    });
    expect(app.err('schedule.book', { shift: { patternId: 1, date: '2026-12-01' }, clientId: 1 })).toMatchObject({
      code: 'schedule.notOnSheet',
      field: 'shift',
    });
    expect(app.err('schedule.book', { shift: { date: '2026-12-01' }, clientId: 1 })).toMatchObject({
      code: 'invalidInput',
      field: 'shift',
    });
  });
});
