import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addDays } from '../../../core/contract/dates.js';
import { admit, deskApp, monday, type DeskApp } from '../attendance/support.js';
import { addClients, book, signAgreement } from './support.js';

// Monday 2026-11-23: client 1 works the shift 9:00–12:00 (180 minutes) under an
// agreement from that day; Wednesday's shift would add 180 more in the same first week.
let app: DeskApp;
beforeEach(() => {
  app = deskApp();
  addClients(app, 2);
});
afterEach(() => app.close());

const wednesday = '2026-11-25';

/** The weekly average limit of the figures valid in November 2026, in minutes. */
function limitTo(minutes: number) {
  const { updatedAt: _updatedAt, ...figures } = app.ok('settings.parametersOn', { date: monday });
  app.ok('settings.saveParameters', { ...figures, maxAverageWeeklyMinutes: minutes });
}

function workMonday(): number {
  signAgreement(app, 1, monday);
  const { bookingId } = book(app, monday, 1);
  app.at(monday, '09:00');
  const { arrival } = admit(app, bookingId);
  app.ok('attendance.saveWorkRecord', { arrivalId: arrival.id, start: '09:00', end: '12:00' });
  app.at(monday, '13:00');
  const row = app.database.sqlite.prepare('SELECT id FROM agreements WHERE client_id = 1').get() as { id: number };
  return row.id;
}

const warningsOfWednesday = () => book(app, wednesday, 1, 'Second shift this week, agreed').warnings.map((w) => w.code);

describe('the weekly average at booking', () => {
  test('a shift that would put the running average over the limit warns', () => {
    limitTo(300);
    workMonday();
    expect(warningsOfWednesday()).toContain('schedule.overAverage');
  });

  test('a shift that keeps the average within the limit does not', () => {
    limitTo(360);
    workMonday();
    expect(warningsOfWednesday()).not.toContain('schedule.overAverage');
  });

  test('what was booked but not worked does not count', () => {
    limitTo(300);
    signAgreement(app, 1, monday);
    book(app, monday, 1);
    app.at(monday, '13:00');
    expect(warningsOfWednesday()).not.toContain('schedule.overAverage');
  });
});

describe('the running average on the agreement page', () => {
  test('minutes worked in the balancing period over the weeks gone by', () => {
    limitTo(300);
    const agreementId = workMonday();
    expect(app.ok('schedule.agreementAverage', { agreementId })).toEqual({
      day: monday,
      periodFrom: monday,
      periodTo: addDays(monday, 52 * 7 - 1),
      periodWeeks: 52,
      elapsedWeeks: 1,
      workedMinutes: 180,
      averageMinutes: 180,
      limitMinutes: 300,
      allowanceMinutes: 52 * 300,
    });
    app.at('2026-12-07', '10:00');
    expect(app.ok('schedule.agreementAverage', { agreementId })).toMatchObject({ elapsedWeeks: 3, averageMinutes: 60 });
  });

  test('an unknown agreement is refused by name', () => {
    expect(app.err('schedule.agreementAverage', { agreementId: 99 })).toMatchObject({ field: 'agreementId' });
  });
});
