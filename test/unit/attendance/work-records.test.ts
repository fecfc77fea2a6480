import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { plain } from '../support.js';
import { auditCount, book, refOn } from '../schedule/support.js';
import { admit, bookedMonday, deskApp, line, monday, rowCount, youngClient, type DeskApp } from './support.js';

// The clock starts at Monday 2026-11-23 08:00; Monday's shift runs 9:00–12:00.
let app: DeskApp;
beforeEach(() => {
  app = deskApp();
});
afterEach(() => app.close());

/** An admitted client on Monday, the clock after the shift; answers the arrival id. */
function admittedMonday(): number {
  const [id] = bookedMonday(app, 1);
  app.at(monday, '12:30');
  return admit(app, line(app, id!).bookingId).arrival.id;
}

const shift = (arrivalId: number, more: Record<string, unknown> = {}) => ({
  arrivalId,
  start: '09:00',
  end: '12:00',
  ...more,
});

describe('the time worked', () => {
  test('minutes are end − start − breaks; the day is a weekday', () => {
    const arrivalId = admittedMonday();
    const record = app.ok('attendance.saveWorkRecord', shift(arrivalId, { breakMinutes: 20 }));
    expect(record).toMatchObject({ minutes: 160, breakMinutes: 20, dayKind: 'weekday', workDate: monday });
    expect(record.agreementId).toBeGreaterThan(0);
  });

  test('the end must be after the start, and breaks shorter than the span', () => {
    const arrivalId = admittedMonday();
    expect(app.err('attendance.saveWorkRecord', shift(arrivalId, { end: '09:00' }))).toMatchObject({
      code: 'invalidInput',
      field: 'end',
    });
    const refused = app.err('attendance.saveWorkRecord', shift(arrivalId, { breakMinutes: 180 }));
    expect(refused).toMatchObject({ code: 'attendance.breakTooLong', field: 'breakMinutes' });
    expect(plain(refused.message)).toContain('Breaks (3 hours) must be shorter');
    expect(app.ok('attendance.saveWorkRecord', shift(arrivalId, { breakMinutes: 179 })).minutes).toBe(1);
  });

  test('no longer than the longest shift of the pay parameters', () => {
    const arrivalId = admittedMonday();
    const refused = app.err('attendance.saveWorkRecord', shift(arrivalId, { start: '08:00', end: '20:01' }));
    expect(refused).toMatchObject({ code: 'schedule.shiftTooLong', field: 'end' });
    expect(rowCount(app, 'work_records')).toBe(0);
    expect(app.ok('attendance.saveWorkRecord', shift(arrivalId, { start: '08:00', end: '20:00' })).minutes).toBe(720);
  });

  test('rounding is off by default; set to 15 minutes it rounds up to the step', () => {
    const arrivalId = admittedMonday();
    expect(app.ok('attendance.saveWorkRecord', shift(arrivalId, { end: '11:52' })).minutes).toBe(172);
    app.ok('attendance.saveSettings', { ...app.ok('attendance.getSettings'), roundingMinutes: 15 });
    expect(app.ok('attendance.saveWorkRecord', shift(arrivalId, { end: '11:52' })).minutes).toBe(180);
    expect(app.ok('attendance.saveWorkRecord', shift(arrivalId, { end: '11:45' })).minutes).toBe(165);
  });

  test('only for an admitted client', () => {
    const [id] = bookedMonday(app, 1);
    app.at(monday, '12:30');
    const { arrival } = app.ok('attendance.recordArrival', {
      bookingId: line(app, id!).bookingId,
      outcome: 'sentAway',
      time: '09:00',
      sentAwayReason: 'Unfit',
    });
    expect(app.err('attendance.saveWorkRecord', shift(arrival.id))).toMatchObject({
      code: 'attendance.notAdmitted',
      field: 'arrivalId',
    });
    expect(app.err('attendance.saveWorkRecord', shift(9999))).toMatchObject({ code: 'notFound', field: 'arrivalId' });
  });
});

describe('what was done', () => {
  test('tasks come from the list, in either language; anything else goes in the note', () => {
    const arrivalId = admittedMonday();
    const refused = app.err('attendance.saveWorkRecord', shift(arrivalId, { tasks: ['Úklid centra', 'Painting'] }));
    expect(refused).toMatchObject({ code: 'attendance.unknownTask', field: 'tasks.1' });
    const record = app.ok(
      'attendance.saveWorkRecord',
      shift(arrivalId, { tasks: ['Úklid centra', 'Small jobs and repairs'], taskNote: 'Painting the fence' }),
    );
    expect(record).toMatchObject({ tasks: ['Úklid centra', 'Small jobs and repairs'], taskNote: 'Painting the fence' });
  });

  test('a young client is admitted with a warning and may do only the tasks allowed for young employees', () => {
    const young = youngClient(app);
    book(app, monday, young);
    app.at(monday, '12:30');
    const client = line(app, young);
    expect(client.underAge).toBe(true);
    const { arrival, warnings } = admit(app, client.bookingId);
    expect(warnings.map((w) => w.code)).toEqual(['attendance.youngEmployee']);
    const refused = app.err('attendance.saveWorkRecord', shift(arrival.id, { tasks: ['Small jobs and repairs'] }));
    expect(refused).toMatchObject({ code: 'attendance.youngTask', field: 'tasks.0' });
    expect(plain(refused.message)).toContain('is under 18 on the shift’s day');
    expect(app.ok('attendance.saveWorkRecord', shift(arrival.id, { tasks: ['Cleaning the centre'] })).tasks).toEqual([
      'Cleaning the centre',
    ]);
  });

  test('an adult may do any task on the list', () => {
    const arrivalId = admittedMonday();
    expect(line(app, 1).underAge).toBe(false);
    expect(
      app.ok('attendance.saveWorkRecord', shift(arrivalId, { tasks: ['Small jobs and repairs'] })).tasks,
    ).toHaveLength(1);
  });
});

describe('changes after the day', () => {
  test('on the day a record changes freely; after it, only with a reason, kept in its history', () => {
    const arrivalId = admittedMonday();
    const first = app.ok('attendance.saveWorkRecord', shift(arrivalId));
    app.ok('attendance.saveWorkRecord', shift(arrivalId, { end: '11:30' }));
    expect(app.ok('attendance.workRecordHistory', { workRecordId: first.id })).toEqual([]);
    app.at('2026-11-24', '10:00');
    const refused = app.err('attendance.saveWorkRecord', shift(arrivalId, { end: '12:00' }));
    expect(refused).toMatchObject({ code: 'attendance.reasonRequired', field: 'reason' });
    const audited = auditCount(app);
    const changed = app.ok(
      'attendance.saveWorkRecord',
      shift(arrivalId, { end: '12:00', reason: 'Stayed to clean up' }),
    );
    expect(changed).toMatchObject({ minutes: 180, updatedAt: '2026-11-24T10:00:00+01:00', createdAt: first.createdAt });
    expect(auditCount(app)).toBe(audited + 1);
    const history = app.ok('attendance.workRecordHistory', { workRecordId: first.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      reason: 'Stayed to clean up',
      before: { end: '11:30', minutes: 150 },
      after: { end: '12:00', minutes: 180 },
      changedAt: '2026-11-24T10:00:00+01:00',
      changedBy: 'test',
    });
  });

  test('a record written after the day needs no reason: it is the first entry', () => {
    const arrivalId = admittedMonday();
    app.at('2026-11-25', '08:00');
    const record = app.ok('attendance.saveWorkRecord', shift(arrivalId));
    expect(app.ok('attendance.workRecordHistory', { workRecordId: record.id })).toEqual([]);
  });
});

describe('the day kind', () => {
  test('a public holiday and a Saturday are marked as such', () => {
    const [a, b] = bookedMonday(app, 2);
    app.ok('holidays.save', { date: '2026-11-25', nameCs: 'Zkušební svátek', nameEn: 'Test holiday' });
    const { shiftId } = app.ok('schedule.openHolidayShift', { shift: refOn(app, '2026-11-25') });
    const saturday = app.ok('schedule.addExtraShift', {
      date: '2026-11-28',
      start: '09:00',
      end: '12:00',
      places: 2,
      place: 'Centre',
      task: null,
    }).shiftId;
    app.ok('schedule.cancelBooking', { bookingId: line(app, a!).bookingId, kind: 'inTime' });
    app.ok('schedule.cancelBooking', { bookingId: line(app, b!).bookingId, kind: 'inTime' });
    app.ok('schedule.book', { shift: { shiftId }, clientId: a! });
    app.ok('schedule.book', { shift: { shiftId: saturday }, clientId: b! });
    app.at('2026-11-28', '13:00');
    const onHoliday = admit(app, line(app, a!, '2026-11-25').bookingId);
    const onSaturday = admit(app, line(app, b!, '2026-11-28').bookingId);
    expect(app.ok('attendance.saveWorkRecord', shift(onHoliday.arrival.id)).dayKind).toBe('holiday');
    expect(app.ok('attendance.saveWorkRecord', shift(onSaturday.arrival.id)).dayKind).toBe('saturday');
    expect(app.ok('attendance.day', { date: '2026-11-25' })).toMatchObject({
      dayKind: 'holiday',
      holiday: 'Zkušební svátek',
    });
  });
});
