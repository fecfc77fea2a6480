import type Database from 'better-sqlite3-multiple-ciphers';
import { localMoment, timestampOf } from '../../core/contract/dates.js';
import { seededRandom } from '../../core/demo/random.js';

const fitness = JSON.stringify(
  [
    'Not intoxicated to a degree that makes work unsafe',
    'Able to communicate',
    'Suitable clothes and shoes',
    'No acute injury',
  ].map((label) => ({ label, ok: true, note: null })),
);

/**
 * The shift days of the large database's history, written in bulk after the
 * sign-up history: every client gets a signed agreement from the first week (134.40 CZK an hour),
 * and every standing booking of a shift before `lastDay` an outcome (most
 * admitted with a work record, some sent away, some no-shows). Days from
 * `lastDay` on are left for the desk.
 */
export function writeAttendanceHistory(sqlite: Database.Database, lastDay: string): number {
  const random = seededRandom(9);
  const first = (sqlite.prepare('SELECT min(date) AS d FROM shifts').get() as { d: string }).d;
  const stamp = timestampOf(localMoment(first, '08:00'));
  sqlite
    .prepare(
      `INSERT INTO agreements (client_id, kind, number, status, valid_from, signed_on, created_at, updated_at)
       SELECT id, 'dpc', 'B/' || id, 'signed', ?, ?, ?, ? FROM clients`,
    )
    .run(first, first, stamp, stamp);
  // The terms every agreement is paid by: pay (advances, the month's run) reads them.
  sqlite
    .prepare(
      `INSERT INTO agreement_terms (agreement_id, valid_to, work_description, workplace, weekly_minutes, hourly_rate,
         advance_share_bp, payday, notice_days, notice_terms)
       SELECT id, NULL, 'Cleaning the centre', 'Contact centre', 600, 13440, 7500, 15, 15, 'Notice as the law sets it.'
       FROM agreements`,
    )
    .run();
  const agreementOf = sqlite.prepare('SELECT id FROM agreements WHERE client_id = ?').pluck();
  const bookings = sqlite
    .prepare(
      `SELECT b.id, b.client_id AS clientId, s.id AS shiftId, s.date, s.start_time AS start, s.end_time AS end
       FROM bookings b JOIN shifts s ON s.id = b.shift_id
       WHERE b.status = 'booked' AND s.status = 'open' AND s.date < ? ORDER BY s.date, b.id`,
    )
    .all(lastDay) as { id: number; clientId: number; shiftId: number; date: string; start: string; end: string }[];
  const arrival = sqlite.prepare(
    `INSERT INTO arrivals (booking_id, shift_id, client_id, outcome, arrived_at, late, fitness, sent_away_reason, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, 'koordinátorka')`,
  );
  const record = sqlite.prepare(
    `INSERT INTO work_records (arrival_id, client_id, shift_id, agreement_id, work_date, start_time, end_time, break_minutes,
       tasks, minutes, day_kind, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, 15, '["Cleaning the centre"]', 165, 'weekday', ?, 'koordinátorka', ?, 'koordinátorka')`,
  );
  for (const b of bookings) {
    const draw = random();
    const outcome = draw < 0.8 ? 'admitted' : draw < 0.9 ? 'sentAway' : 'noShow';
    const at = timestampOf(localMoment(b.date, b.start));
    const recorded = timestampOf(localMoment(b.date, b.end));
    const id = Number(
      arrival.run(
        b.id,
        b.shiftId,
        b.clientId,
        outcome,
        outcome === 'noShow' ? null : at,
        outcome === 'noShow' ? '[]' : fitness,
        outcome === 'sentAway' ? 'Intoxicated' : null,
        recorded,
      ).lastInsertRowid,
    );
    if (outcome === 'admitted') {
      record.run(id, b.clientId, b.shiftId, agreementOf.get(b.clientId), b.date, b.start, b.end, recorded, recorded);
    }
  }
  return bookings.length;
}
