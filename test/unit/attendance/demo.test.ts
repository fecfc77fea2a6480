import { expect, test } from 'vitest';
import { seedAgreements } from '../../../core/demo/agreements.js';
import { seedPastDays } from '../../../core/demo/attendance.js';
import { seedClients, seedEmployer } from '../../../core/demo/seed.js';
import { fixedNow, testApp } from '../../helpers/db.js';
import { rowCount } from './support.js';

test('the demo runs its past days through the desk: outcomes of every kind, work records, a walk-in', () => {
  const app = testApp();
  seedEmployer(app.api);
  const clients = seedClients(app.api, { clients: 30, now: fixedNow(), suspendedShare: 0.12 });
  seedAgreements(app.api, clients, fixedNow());
  const recorded = seedPastDays(app.database.db, clients, fixedNow());
  expect(recorded).toBeGreaterThan(15);
  expect(rowCount(app, 'arrivals')).toBe(recorded);
  const outcomes = app.database.sqlite
    .prepare('SELECT outcome, count(*) AS n FROM arrivals GROUP BY outcome ORDER BY outcome')
    .all() as { outcome: string; n: number }[];
  expect(outcomes.map((o) => o.outcome)).toEqual(['admitted', 'noShow', 'sentAway']);
  const admitted = outcomes.find((o) => o.outcome === 'admitted')?.n;
  expect(rowCount(app, 'work_records')).toBe(admitted);
  const walkIns = app.database.sqlite.prepare('SELECT count(*) AS n FROM arrivals WHERE walk_in = 1').get();
  expect((walkIns as { n: number }).n).toBeGreaterThan(0);
  // Monday of this week (the clock stands on Tuesday) is among the past days; today is not.
  expect(app.ok('attendance.day', { date: '2026-11-23' }).shifts[0]?.clients.length).toBeGreaterThan(0);
  expect(app.ok('attendance.day', { date: '2026-11-25' }).shifts[0]?.clients).toEqual([]);
  app.close();
});
