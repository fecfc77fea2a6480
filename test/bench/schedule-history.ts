import type Database from 'better-sqlite3-multiple-ciphers';
import { addDays, isoWeekOf, localMoment, mondayOfIsoWeek, timestampOf } from '../../core/contract/dates.js';
import { seededRandom } from '../../core/demo/random.js';

/**
 * Ten years of sign-up history for the large benchmark database, written in
 * bulk with prepared statements (the dispatcher would take minutes and the
 * rules would refuse the past). Plausible and the same every run: the seeded
 * pattern (Mon, Wed, Fri, four places) since ten years ago; people come and go
 * (a rolling pool of about 150 of the 3,000 clients); most places are taken;
 * about one booking in ten is cancelled, often with a waiting client moving up;
 * a few shifts are called off for holidays; one shift a client per week.
 */
export function writeScheduleHistory(sqlite: Database.Database, today: string, weeksAhead = 3): number {
  const random = seededRandom(49);
  const clientCount = (sqlite.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;
  const current = isoWeekOf(today);
  const first = mondayOfIsoWeek(current.year - 10, Math.min(current.week, 52));
  const last = addDays(mondayOfIsoWeek(current.year, current.week), 7 * weeksAhead);
  sqlite.prepare('UPDATE shift_patterns SET valid_from = ?').run(first);
  const patterns = sqlite
    .prepare('SELECT id, weekday, start_time AS s, end_time AS e, places, place, task FROM shift_patterns')
    .all() as {
    id: number;
    weekday: number;
    s: string;
    e: string;
    places: number;
    place: string;
    task: string | null;
  }[];

  const shift = sqlite.prepare(
    `INSERT INTO shifts (date, start_time, end_time, places, place, task, pattern_id, status, cancel_reason, cancelled_at, cancelled_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const booking = sqlite.prepare(
    `INSERT INTO bookings (shift_id, client_id, status, booked_at, booked_by, from_waiting_id, cancelled_at, cancelled_by, cancelled_with_shift, tell_kind, told_at)
     VALUES (?, ?, ?, ?, 'koordinátorka', ?, ?, ?, ?, ?, ?)`,
  );
  const waiting = sqlite.prepare(
    `INSERT INTO waiting_entries (shift_id, client_id, position, status, created_at, created_by, resolved_at, resolved_by)
     VALUES (?, ?, ?, ?, ?, 'koordinátorka', ?, ?)`,
  );

  let written = 0;
  for (let monday = first, index = 0; monday <= last; monday = addDays(monday, 7), index += 1) {
    // The pool drifts through the register: over ten years most clients take part for a while.
    const poolStart = Math.floor((index * (clientCount - 150)) / 530);
    const taken = new Set<number>();
    const pick = () => {
      for (;;) {
        const id = 1 + ((poolStart + Math.floor(random() * 150)) % clientCount);
        if (!taken.has(id)) {
          taken.add(id);
          return id;
        }
      }
    };
    for (const p of patterns) {
      const date = addDays(monday, p.weekday - 1);
      const stamp = timestampOf(localMoment(addDays(date, -7 - Math.floor(random() * 14)), '10:00'));
      const holiday = random() < 0.02;
      const shiftId = Number(
        shift.run(
          date,
          p.s,
          p.e,
          p.places,
          p.place,
          p.task,
          p.id,
          holiday ? 'cancelled' : 'open',
          holiday ? 'Svátek' : null,
          holiday ? stamp : null,
          holiday ? 'koordinátorka' : null,
          stamp,
          stamp,
        ).lastInsertRowid,
      );
      const future = date > today;
      // Near weeks are nearly full (demand exceeds places); later ones are still filling up.
      const weeksOut = Math.ceil((Date.parse(date) - Date.parse(today)) / 604_800_000);
      const filled = future
        ? Math.max(0, p.places - Math.floor(random() * (1 + 2 * weeksOut)))
        : p.places - (random() < 0.25 ? 1 : 0);
      for (let i = 0; i < filled; i += 1) {
        const cancelled = !holiday && random() < 0.1;
        booking.run(
          shiftId,
          pick(),
          holiday || cancelled ? 'cancelled' : 'booked',
          stamp,
          null,
          holiday || cancelled ? stamp : null,
          holiday || cancelled ? 'koordinátorka' : null,
          holiday ? 1 : 0,
          holiday ? 'shiftCancelled' : null,
          holiday && !future ? stamp : null,
        );
        written += 1;
        if (cancelled && random() < 0.6) {
          const mover = pick();
          const entry = Number(waiting.run(shiftId, mover, 1, 'booked', stamp, stamp, 'koordinátorka').lastInsertRowid);
          booking.run(shiftId, mover, 'booked', stamp, entry, null, null, 0, 'promoted', future ? null : stamp);
          written += 1;
        }
      }
      if (!holiday && filled === p.places && random() < 0.35) {
        const count = 1 + Math.floor(random() * 3);
        for (let n = 0; n < count; n += 1) waiting.run(shiftId, pick(), 10 + n, 'waiting', stamp, null, null);
      }
    }
  }
  return written;
}
