import type Database from 'better-sqlite3-multiple-ciphers';
import type { Dispatcher } from '../../core/api/dispatcher.js';
import { addDays, isoWeekday } from '../../core/contract/dates.js';
import type { DayView } from '../../core/contract/attendance.js';
import type { OpenDatabase } from '../../db/open.js';
import { rawActor } from './large.js';
import { measure, type Comparison } from './measure.js';

/**
 * The arrival desk on the large database: a past day's list (Friday
 * 2026-11-20, every client with an outcome and most with a work record) and
 * recording one admission on Monday 2026-11-23, through the dispatcher against
 * the same reads and writes as bare statements. The clock stands at Tue 2026-11-24 09:00.
 */

const listedDay = '2026-11-20';
const deskDay = '2026-11-23';
const validOn = `(a.status IN ('signed', 'ended') AND a.signed_on IS NOT NULL AND a.valid_from <= ?
  AND (a.valid_to IS NULL OR a.valid_to >= ?) AND (a.ended_on IS NULL OR a.ended_on >= ?))`;

/** The day's reads by hand, in the order core/attendance/day.ts does them. */
function rawDay(sqlite: Database.Database) {
  const shifts = sqlite.prepare(`SELECT * FROM shifts WHERE date >= ? AND date <= ? ORDER BY date, start_time, id`);
  const clients = sqlite.prepare(
    `SELECT b.id, b.shift_id, b.status, c.id AS client_id, c.code, c.first_name, c.last_name, c.nickname, c.birth_date, a.*, w.*
     FROM bookings b JOIN clients c ON c.id = b.client_id
     LEFT JOIN arrivals a ON a.booking_id = b.id LEFT JOIN work_records w ON w.arrival_id = a.id
     WHERE b.shift_id IN (SELECT value FROM json_each(?)) AND (b.status = 'booked' OR a.id IS NOT NULL)
     ORDER BY b.shift_id, unixepoch(b.booked_at), b.id`,
  );
  const agreements = sqlite.prepare(
    `SELECT a.client_id, a.id FROM agreements a WHERE a.client_id IN (SELECT value FROM json_each(?)) AND ${validOn} ORDER BY a.id`,
  );
  const parameters = sqlite.prepare('SELECT * FROM pay_parameters WHERE valid_from <= ? AND valid_to >= ?');
  const holiday = sqlite.prepare('SELECT * FROM public_holidays WHERE date <= ? AND date >= ?');
  const actor = rawActor(sqlite);
  return (date: string) => {
    actor();
    const monday = addDays(date, 1 - isoWeekday(date));
    const rows = (shifts.all(monday, addDays(monday, 6)) as { id: number; date: string }[]).filter(
      (s) => s.date === date,
    );
    const booked = clients.all(JSON.stringify(rows.map((r) => r.id))) as {
      client_id: number;
      fitness: string | null;
    }[];
    agreements.all(JSON.stringify([...new Set(booked.map((b) => b.client_id))]), date, date, date);
    for (const b of booked) {
      parameters.get(date, date);
      if (b.fitness) JSON.parse(b.fitness);
    }
    holiday.get(date, date);
    holiday.get(date, date);
    return booked;
  };
}

/** One admission's reads and writes by hand, as core/attendance/arrivals.ts does them, in one transaction. */
function rawAdmit(sqlite: Database.Database) {
  const facts = sqlite.prepare(
    `SELECT b.id, b.status, s.id AS shift_id, s.date, s.start_time, s.status AS shift_status,
       c.id AS client_id, c.code, c.first_name, c.last_name, c.nickname, c.birth_date, a.id AS arrival
     FROM bookings b JOIN shifts s ON s.id = b.shift_id JOIN clients c ON c.id = b.client_id
     LEFT JOIN arrivals a ON a.booking_id = b.id WHERE b.id = ?`,
  );
  const setting = sqlite.prepare(`SELECT value FROM settings WHERE key = 'attendance'`);
  const agreement = sqlite.prepare(
    `SELECT a.id, a.number FROM agreements a WHERE a.client_id = ? AND ${validOn} LIMIT 1`,
  );
  const parameters = sqlite.prepare('SELECT * FROM pay_parameters WHERE valid_from <= ? AND valid_to >= ?');
  const insert = sqlite.prepare(
    `INSERT INTO arrivals (booking_id, shift_id, client_id, outcome, arrived_at, late, walk_in, fitness, sent_away_reason, recorded_at, recorded_by)
     VALUES (?, ?, ?, 'admitted', ?, 0, 0, ?, NULL, ?, 'bench') RETURNING *`,
  );
  const audit = sqlite.prepare(
    `INSERT INTO audit_log (at, actor, method, entity, entity_id, detail) VALUES (?, 'bench', 'attendance.recordArrival', 'arrival', ?, ?)`,
  );
  const stamp = '2026-11-24T09:00:00+01:00';
  const actor = rawActor(sqlite);
  const run = sqlite.transaction((bookingId: number, fitness: string) => {
    actor();
    const row = facts.get(bookingId) as { client_id: number; shift_id: number; date: string };
    JSON.parse((setting.get() as { value: string } | undefined)?.value ?? '{}');
    agreement.get(row.client_id, row.date, row.date, row.date);
    parameters.get(row.date, row.date);
    const arrival = insert.get(
      bookingId,
      row.shift_id,
      row.client_id,
      `${row.date}T09:00:00+01:00`,
      fitness,
      stamp,
    ) as {
      id: number;
      fitness: string;
    };
    JSON.parse(arrival.fitness);
    audit.run(stamp, arrival.id, JSON.stringify({ bookingId, outcome: 'admitted', late: false, walkIn: false }));
    return arrival.id;
  });
  return (bookingId: number, fitness: string): number => run.immediate(bookingId, fitness);
}

export function attendanceBenchmarks(database: OpenDatabase, api: Dispatcher): Comparison[] {
  const { sqlite } = database;
  const viaApi = () => {
    const result = api.call('attendance.day', { date: listedDay });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as DayView;
  };
  const day = rawDay(sqlite);
  const listed = viaApi().shifts.reduce((n, s) => n + s.clients.length, 0);
  if (listed === 0 || day(listedDay).length !== listed) {
    throw new Error('The raw day list does not read what the dispatcher reads');
  }

  const booking = sqlite
    .prepare(
      `SELECT b.id FROM bookings b JOIN shifts s ON s.id = b.shift_id
       WHERE s.date = ? AND s.status = 'open' AND b.status = 'booked' ORDER BY b.id LIMIT 1`,
    )
    .pluck()
    .get(deskDay) as number | undefined;
  if (booking === undefined) throw new Error(`The large database has no booking on ${deskDay}`);
  const settings = api.call('attendance.getSettings', {}, { locale: 'en' });
  if (!settings.ok) throw new Error(settings.error.message);
  const items = (settings.value as { fitnessItems: { en: string }[] }).fitnessItems;
  const fitness = items.map((i) => ({ label: i.en, ok: true, note: null }));
  const undo = sqlite.prepare('DELETE FROM arrivals WHERE booking_id = ?');
  const unaudit = sqlite.prepare(`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`);
  const after = () => {
    undo.run(booking);
    unaudit.run();
  };
  const admitViaApi = () => {
    const input = { bookingId: booking, outcome: 'admitted', time: '09:00', fitness };
    const result = api.call('attendance.recordArrival', input);
    if (!result.ok) throw new Error(result.error.message);
  };
  const admit = rawAdmit(sqlite);
  const fitnessJson = JSON.stringify(fitness);

  return [
    {
      name: `desk day list (${listedDay}, 10 years history)`,
      subject: measure(viaApi),
      baseline: measure(() => day(listedDay)),
      baselineName: 'raw SQL',
      maxRatio: 2,
    },
    {
      name: 'record one admission (gate, check, write, audit)',
      subject: measure(admitViaApi, { after }),
      baseline: measure(() => admit(booking, fitnessJson), { after }),
      baselineName: 'raw SQL',
      maxRatio: 2,
    },
  ];
}
