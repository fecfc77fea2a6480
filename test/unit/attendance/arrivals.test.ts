import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { plain } from '../support.js';
import { auditCount, book } from '../schedule/support.js';
import {
  admit,
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

// The clock starts at Monday 2026-11-23 08:00; Monday's shift runs 9:00–12:00.
let app: DeskApp;
beforeEach(() => {
  app = deskApp();
});
afterEach(() => app.close());

const sentAway = (bookingId: number, reason = 'Intoxicated') => ({
  bookingId,
  outcome: 'sentAway' as const,
  time: '09:00',
  fitness: [],
  sentAwayReason: reason,
});

describe('the agreement gate', () => {
  test('admitting without a valid signed agreement is refused, names the client, carries the id, writes nothing', () => {
    const [, without] = bookedMonday(app, 2, 1);
    app.at(monday, '09:05');
    const { bookingId } = line(app, without!);
    const before = auditCount(app);
    const refused = app.err('attendance.recordArrival', {
      bookingId,
      outcome: 'admitted',
      time: '09:00',
      fitness: fitAnswers(app),
    });
    expect(refused).toMatchObject({ code: 'attendance.noAgreement', field: 'outcome' });
    expect(refused.params).toMatchObject({ clientId: without });
    expect(plain(refused.message)).toContain('has no valid signed agreement (DPČ) on');
    expect(rowCount(app, 'arrivals')).toBe(0);
    expect(auditCount(app)).toBe(before);
    expect(line(app, without!)).toMatchObject({ agreement: { valid: false, agreementId: null }, next: 'arrival' });
  });

  test('with a valid agreement the client is admitted; without one they can still be sent away', () => {
    const [withAgreement, without] = bookedMonday(app, 2, 1);
    app.at(monday, '09:05');
    const admitted = admit(app, line(app, withAgreement!).bookingId);
    expect(admitted.arrival).toMatchObject({ outcome: 'admitted', late: false, arrivedTime: '09:00' });
    expect(admitted.arrival.arrivedAt).toBe('2026-11-23T09:00:00+01:00');
    expect(line(app, withAgreement!)).toMatchObject({ agreement: { valid: true }, next: 'workRecord' });
    const away = app.ok('attendance.recordArrival', sentAway(line(app, without!).bookingId));
    expect(away.arrival).toMatchObject({ outcome: 'sentAway', sentAwayReason: 'Intoxicated' });
    expect(line(app, without!).next).toBe('done');
  });
});

describe('the fitness check', () => {
  test('a "no" refuses admission at that item; all yes admits; the labels are kept as shown', () => {
    const [id] = bookedMonday(app, 1);
    app.at(monday, '09:05');
    const { bookingId } = line(app, id!);
    const answers = fitAnswers(app);
    answers[1] = { label: answers[1]!.label, ok: false, note: 'Does not answer' };
    const refused = app.err('attendance.recordArrival', {
      bookingId,
      outcome: 'admitted',
      time: '09:00',
      fitness: answers,
    });
    expect(refused).toMatchObject({ code: 'attendance.unfit', field: 'fitness.1.ok' });
    expect(plain(refused.message)).toContain('“Able to communicate”: no');
    const incomplete = app.err('attendance.recordArrival', {
      bookingId,
      outcome: 'admitted',
      time: '09:00',
      fitness: answers.slice(0, 2),
    });
    expect(incomplete).toMatchObject({ code: 'attendance.fitnessIncomplete', field: 'fitness' });
    expect(rowCount(app, 'arrivals')).toBe(0);
    const away = app.ok('attendance.recordArrival', { ...sentAway(bookingId, 'Unfit'), fitness: answers });
    expect(away.arrival.fitness[1]).toEqual({ label: 'Able to communicate', ok: false, note: 'Does not answer' });
  });

  test('sending away needs a reason', () => {
    const [id] = bookedMonday(app, 1);
    app.at(monday, '09:05');
    const refused = app.err('attendance.recordArrival', { ...sentAway(line(app, id!).bookingId), sentAwayReason: ' ' });
    expect(refused).toMatchObject({ code: 'invalidInput', field: 'sentAwayReason' });
  });
});

describe('coming late', () => {
  test('within the grace minutes is on time; after them late, admitted with a warning when the policy admits', () => {
    const [a, b] = bookedMonday(app, 2);
    app.at(monday, '09:30');
    expect(admit(app, line(app, a!).bookingId, '09:10').arrival.late).toBe(false);
    const late = admit(app, line(app, b!).bookingId, '09:11');
    expect(late.arrival.late).toBe(true);
    expect(late.warnings.map((w) => w.code)).toEqual(['attendance.lateAdmitted']);
  });

  test('when the policy sends latecomers away, "admit" is refused and "sent away" is recorded as late', () => {
    const [id] = bookedMonday(app, 1);
    app.ok('attendance.saveSettings', { ...app.ok('attendance.getSettings'), latePolicy: 'sendAway' });
    app.at(monday, '09:30');
    const { bookingId } = line(app, id!);
    const refused = app.err('attendance.recordArrival', {
      bookingId,
      outcome: 'admitted',
      time: '09:25',
      fitness: fitAnswers(app),
    });
    expect(refused).toMatchObject({ code: 'attendance.lateSendAway', field: 'outcome' });
    expect(plain(refused.message)).toContain('came late (9:25, the shift started at 9:00)');
    const away = app.ok('attendance.recordArrival', { ...sentAway(bookingId, 'Late'), time: '09:25' });
    expect(away.arrival).toMatchObject({ outcome: 'sentAway', late: true });
  });
});

describe('when an outcome can be recorded', () => {
  test('not for a day still to come; on the day, and later with the time given', () => {
    const [a, b] = bookedMonday(app, 2);
    const wednesday = extraClient(app, 'K-050', 'Středa');
    book(app, '2026-11-25', wednesday);
    const { bookingId } = line(app, a!);
    expect(app.err('attendance.recordNoShow', { bookingId })).toMatchObject({
      code: 'attendance.notStartedYet',
      field: 'bookingId',
    });
    app.at(monday, '09:05');
    const early = line(app, wednesday, '2026-11-25').bookingId;
    expect(app.err('attendance.recordArrival', sentAway(early))).toMatchObject({
      code: 'attendance.futureDay',
      field: 'bookingId',
    });
    expect(app.err('attendance.recordArrival', { ...sentAway(bookingId), time: '09:30' })).toMatchObject({
      code: 'attendance.futureTime',
      field: 'time',
    });
    expect(app.ok('attendance.recordArrival', { ...sentAway(bookingId), time: null }).arrival.arrivedTime).toBe(
      '09:05',
    );
    app.at('2026-11-24', '10:00');
    const other = line(app, b!).bookingId;
    expect(app.err('attendance.recordArrival', { ...sentAway(other), time: null })).toMatchObject({
      code: 'attendance.timeRequired',
      field: 'time',
    });
    expect(app.ok('attendance.recordArrival', sentAway(other)).arrival.arrivedAt).toBe('2026-11-23T09:00:00+01:00');
  });

  test('one outcome per booking', () => {
    const [id] = bookedMonday(app, 1);
    app.at(monday, '09:05');
    const { bookingId } = line(app, id!);
    app.ok('attendance.recordNoShow', { bookingId });
    expect(app.err('attendance.recordArrival', sentAway(bookingId))).toMatchObject({
      code: 'attendance.alreadyRecorded',
      field: 'bookingId',
    });
    expect(rowCount(app, 'arrivals')).toBe(1);
  });

  test('not for a cancelled booking nor a cancelled shift', () => {
    const [a, b] = bookedMonday(app, 2);
    const { bookingId } = line(app, a!);
    app.ok('schedule.cancelBooking', { bookingId, kind: 'inTime' });
    app.at(monday, '09:05');
    expect(app.err('attendance.recordNoShow', { bookingId })).toMatchObject({ code: 'attendance.bookingNotStanding' });
    expect(deskDay(app).shifts[0]!.clients.map((c) => c.clientId)).toEqual([b]);
    app.at(monday, '08:30');
    const other = line(app, b!).bookingId;
    app.ok('schedule.cancelShift', { shift: deskDay(app).shifts[0]!.ref, reason: 'Water leak' });
    app.at(monday, '09:05');
    const refused = app.err('attendance.recordArrival', sentAway(other));
    expect(refused).toMatchObject({ code: 'attendance.shiftCancelled', field: 'bookingId' });
    expect(rowCount(app, 'arrivals')).toBe(0);
  });
});

describe('no-show and undo', () => {
  test('a no-show has no time; undone on the day it is gone, with its work record', () => {
    const [a, b] = bookedMonday(app, 2);
    app.at(monday, '12:30');
    const noShow = app.ok('attendance.recordNoShow', { bookingId: line(app, a!).bookingId });
    expect(noShow.arrival).toMatchObject({ outcome: 'noShow', arrivedAt: null, late: false });
    const admitted = admit(app, line(app, b!).bookingId);
    app.ok('attendance.saveWorkRecord', { arrivalId: admitted.arrival.id, start: '09:00', end: '12:00' });
    app.ok('attendance.undoArrival', { arrivalId: admitted.arrival.id });
    app.ok('attendance.undoArrival', { arrivalId: noShow.arrival.id });
    expect(rowCount(app, 'arrivals')).toBe(0);
    expect(rowCount(app, 'work_records')).toBe(0);
    expect(line(app, b!)).toMatchObject({ arrival: null, workRecord: null, next: 'arrival' });
  });

  test('after the day an outcome is not undone', () => {
    const [id] = bookedMonday(app, 1);
    app.at(monday, '12:30');
    const { arrival } = app.ok('attendance.recordNoShow', { bookingId: line(app, id!).bookingId });
    app.at('2026-11-24', '08:00');
    expect(app.err('attendance.undoArrival', { arrivalId: arrival.id })).toMatchObject({
      code: 'attendance.undoOnlyOnDay',
      field: 'arrivalId',
    });
    expect(rowCount(app, 'arrivals')).toBe(1);
  });

  test('every outcome and undo is in the audit log, without the fitness answers', () => {
    const [id] = bookedMonday(app, 1);
    app.at(monday, '09:05');
    const before = auditCount(app);
    const { arrival } = admit(app, line(app, id!).bookingId);
    app.ok('attendance.undoArrival', { arrivalId: arrival.id });
    expect(auditCount(app)).toBe(before + 2);
    const details = app.database.sqlite
      .prepare("SELECT detail FROM audit_log WHERE entity = 'arrival' ORDER BY id")
      .all() as { detail: string }[];
    expect(details.map((d) => JSON.parse(d.detail) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ outcome: 'admitted' }),
      expect.objectContaining({ undone: 'admitted' }),
    ]);
    expect(details.some((d) => d.detail.includes('communicate'))).toBe(false);
  });
});
