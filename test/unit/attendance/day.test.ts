import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { auditCount } from '../schedule/support.js';
import { admit, bookedMonday, deskApp, deskDay, monday, type DeskApp } from './support.js';

// The clock starts at Monday 2026-11-23 08:00; Monday's shift runs 9:00–12:00.
let app: DeskApp;
beforeEach(() => {
  app = deskApp();
});
afterEach(() => app.close());

describe('the day at the desk', () => {
  test('shifts in order, clients in order of booking, each with what is next', () => {
    const ids = bookedMonday(app, 3);
    app.at(monday, '12:30');
    const [first, second] = deskDay(app).shifts[0]!.clients;
    const { arrival } = admit(app, first!.bookingId);
    app.ok('attendance.saveWorkRecord', { arrivalId: arrival.id, start: '09:00', end: '12:00' });
    admit(app, second!.bookingId);
    const day = deskDay(app);
    expect(day).toMatchObject({ date: monday, today: monday, dayKind: 'weekday', holiday: null, recordable: true });
    expect(day.shifts.map((s) => [s.start, s.end, s.places, s.free])).toEqual([['09:00', '12:00', 4, 1]]);
    expect(day.shifts[0]!.clients.map((c) => [c.clientId, c.next])).toEqual([
      [ids[0], 'done'],
      [ids[1], 'workRecord'],
      [ids[2], 'arrival'],
    ]);
    expect(day.shifts[0]!.clients[0]!.workRecord).toMatchObject({ minutes: 180, locked: false });
  });

  test('a day to come is shown, not recordable; a day without shifts is empty', () => {
    expect(deskDay(app, '2026-11-25')).toMatchObject({ recordable: false, shifts: [{ start: '09:00' }] });
    expect(deskDay(app, '2026-11-24').shifts).toEqual([]);
    expect(deskDay(app, '2026-11-28').dayKind).toBe('saturday');
  });
});

describe('the desk settings', () => {
  test('the defaults from the domain, in both languages; a save is checked and audited', () => {
    const settings = app.ok('attendance.getSettings');
    expect(settings.fitnessItems.map((i) => i.en)).toEqual([
      'Not intoxicated to a degree that makes work unsafe',
      'Able to communicate',
      'Suitable clothes and shoes',
      'No acute injury',
    ]);
    expect(settings).toMatchObject({ latePolicy: 'admit', roundingMinutes: 0 });
    expect(app.err('attendance.saveSettings', { ...settings, roundingMinutes: 7 })).toMatchObject({
      code: 'invalidInput',
      field: 'roundingMinutes',
    });
    const before = auditCount(app);
    const changed = { ...settings, fitnessItems: settings.fitnessItems.slice(0, 2), latePolicy: 'sendAway' as const };
    app.ok('attendance.saveSettings', changed);
    expect(app.ok('attendance.getSettings')).toEqual(changed);
    expect(auditCount(app)).toBe(before + 1);
  });
});
