import { expect, test } from 'vitest';
import { seedSignUps } from '../../../core/demo/schedule.js';
import { seedClients } from '../../../core/demo/seed.js';
import { fixedNow, testApp } from '../../helpers/db.js';
import { week } from './support.js';

test('the demo fills next week through the rules: the first shift full with a waiting list', () => {
  const app = testApp();
  const clients = seedClients(app.api, { clients: 30, now: fixedNow(), suspendedShare: 0.3 });
  seedSignUps(app.api, clients, fixedNow());
  const shifts = week(app, 49).shifts;
  expect(shifts.map((s) => [s.bookings.length, s.waiting.length])).toEqual([
    [4, 2],
    [2, 0],
    [2, 0],
  ]);
  const booked = shifts.flatMap((s) => s.bookings.map((b) => b.clientId));
  expect(new Set(booked).size).toBe(booked.length);
  expect(shifts.flatMap((s) => s.bookings).some((b) => b.suspended)).toBe(false);
  app.close();
});
