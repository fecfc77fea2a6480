import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../helpers/db.js';
import { addClients, book } from './schedule/support.js';
import { parameters2027 } from './support.js';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

const monday49 = '2026-11-30';
const wednesday49 = '2026-12-02';

function actorsOf(method: string): string[] {
  return (
    app.database.sqlite.prepare('SELECT actor FROM audit_log WHERE method = ? ORDER BY id').all(method) as {
      actor: string;
    }[]
  ).map((row) => row.actor);
}

describe('the coordinator’s name', () => {
  test('is empty on a fresh database, and the door’s own name acts meanwhile', () => {
    expect(app.ok('settings.getCoordinator')).toEqual({ coordinatorName: null });
    addClients(app, 1);
    expect(actorsOf('clients.create')).toEqual(['test']);
  });

  test('once saved, every later change and a limit override record it as who', () => {
    addClients(app, 1);
    app.ok('settings.saveCoordinator', { coordinatorName: 'Marie-Magdaléna Dvořáková' });
    expect(app.ok('settings.getCoordinator')).toEqual({ coordinatorName: 'Marie-Magdaléna Dvořáková' });
    book(app, monday49, 1);
    const override = book(app, wednesday49, 1, 'Zástup za nemocného klienta');
    const row = app.database.sqlite
      .prepare('SELECT booked_by AS who, override_reason AS reason FROM bookings WHERE id = ?')
      .get(override.bookingId);
    expect(row).toEqual({ who: 'Marie-Magdaléna Dvořáková', reason: 'Zástup za nemocného klienta' });
    expect(actorsOf('schedule.book')).toEqual(['Marie-Magdaléna Dvořáková', 'Marie-Magdaléna Dvořáková']);
    expect(actorsOf('clients.create')).toEqual(['test']);
  });

  test('a changed name counts from the next call on', () => {
    app.ok('settings.saveCoordinator', { coordinatorName: 'Jana Malá' });
    app.ok('settings.saveCoordinator', { coordinatorName: 'Jana Velká' });
    app.ok('settings.saveEmployer', { payday: 15 });
    expect(actorsOf('settings.saveCoordinator')).toEqual(['test', 'Jana Malá']);
    expect(actorsOf('settings.saveEmployer')).toEqual(['Jana Velká']);
  });

  test('must be a name that prints; a refusal names the field and keeps the stored one', () => {
    app.ok('settings.saveCoordinator', { coordinatorName: 'Jana Malá' });
    for (const coordinatorName of ['', 'Jana 🙂', 'Jana\u202eMalá']) {
      expect(app.err('settings.saveCoordinator', { coordinatorName })).toMatchObject({
        code: 'invalidInput',
        field: 'coordinatorName',
      });
    }
    expect(app.ok('settings.getCoordinator')).toEqual({ coordinatorName: 'Jana Malá' });
  });

  test('a damaged stored name is refused on the screen, and calls fall back to the door’s name', () => {
    app.database.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('coordinator', '{', 'x')`).run();
    expect(app.err('settings.getCoordinator')).toMatchObject({ code: 'settings.storedInvalid' });
    addClients(app, 1);
    expect(actorsOf('clients.create')).toEqual(['test']);
  });
});

describe('the year turn', () => {
  test('from 1 November next year’s figures are asked for until they are entered', () => {
    // The clock is 24 November 2026; the migrations enter figures up to the end of 2026.
    expect(app.ok('settings.yearTurn')).toEqual({ year: 2027, from: '2027-01-01', entered: false, ask: true });
    app.ok('settings.saveParameters', parameters2027);
    expect(app.ok('settings.yearTurn')).toEqual({ year: 2027, from: '2027-01-01', entered: true, ask: false });
  });

  test('before 1 November nothing is asked', () => {
    const october = testApp({ now: () => new Date(2026, 9, 31, 23, 30) });
    try {
      expect(october.ok('settings.yearTurn')).toMatchObject({ year: 2027, entered: false, ask: false });
    } finally {
      october.close();
    }
    const november = testApp({ now: () => new Date(2026, 10, 1, 0, 5) });
    try {
      expect(november.ok('settings.yearTurn')).toMatchObject({ year: 2027, ask: true });
    } finally {
      november.close();
    }
  });
});
