import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { testApp } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';
import { addClients, book, shiftOn } from './support.js';

// On 25 October 2026 the clocks go back: 02:00–03:00 happens twice. A booking
// made at 02:50 summer time comes before one made at 02:10 winter time, though
// its text sorts after.

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

test('bookings keep the order they were made in across the October clock change', () => {
  const file = path.join(dir, 'october.sqlite');
  const summer = testApp({ file, now: () => new Date(Date.UTC(2026, 9, 25, 0, 50)) });
  addClients(summer, 2);
  book(summer, '2026-10-26', 2);
  summer.close();
  const winter = testApp({ file, now: () => new Date(Date.UTC(2026, 9, 25, 1, 10)) });
  book(winter, '2026-10-26', 1);
  const stamps = winter.database.sqlite.prepare('SELECT client_id, booked_at FROM bookings ORDER BY id').raw().all();
  expect(stamps).toEqual([
    [2, '2026-10-25T02:50:00+02:00'],
    [1, '2026-10-25T02:10:00+01:00'],
  ]);
  expect(shiftOn(winter, '2026-10-26').bookings.map((b) => b.clientId)).toEqual([2, 1]);
  winter.close();
});
