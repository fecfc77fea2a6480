import type Database from 'better-sqlite3-multiple-ciphers';
import type { Dispatcher } from '../../core/api/dispatcher.js';
import { addDays, daysBetween, isoWeekOf, mondayOfIsoWeek } from '../../core/contract/dates.js';
import type { WeekView } from '../../core/contract/schedule-views.js';
import type { OpenDatabase } from '../../db/open.js';
import { rawActor } from './large.js';
import { measure, type Comparison } from './measure.js';

/**
 * The week board and one booking through the dispatcher (validation,
 * transaction, drizzle's prepared queries, mapping, audit) against the same
 * reads and writes as bare better-sqlite3 statements. The clock stands at Tue 2026-11-24 09:00.
 */

const today = '2026-11-24';
const validOn = `(a.status IN ('signed', 'ended') AND a.signed_on IS NOT NULL AND a.valid_from <= ?
  AND (a.valid_to IS NULL OR a.valid_to >= ?) AND (a.ended_on IS NULL OR a.ended_on >= ?))`;

/** Statements with an IN list, prepared once per list length. */
function inList(sqlite: Database.Database, template: (marks: string) => string) {
  const cache = new Map<number, Database.Statement>();
  return (count: number): Database.Statement => {
    let statement = cache.get(count);
    if (!statement) {
      statement = sqlite.prepare(template(Array.from({ length: count }, () => '?').join(', ')));
      cache.set(count, statement);
    }
    return statement;
  };
}

interface Row {
  [key: string]: unknown;
}

/** The no-shows of clients from one day to another, as core/attendance/worked.ts reads them. */
function noShowsRaw(sqlite: Database.Database) {
  return inList(
    sqlite,
    (m) => `SELECT a.id, a.client_id, s.date, s.id FROM arrivals a JOIN shifts s ON s.id = a.shift_id
      WHERE a.client_id IN (${m}) AND a.outcome = 'noShow' AND s.date >= ? AND s.date <= ? ORDER BY s.date, a.id`,
  );
}

/** The week board's reads by hand, in the order core/schedule/board.ts does them. */
function rawBoard(sqlite: Database.Database) {
  const setting = sqlite.prepare(`SELECT value FROM settings WHERE key = 'schedule'`);
  const shifts = sqlite.prepare(`SELECT * FROM shifts WHERE date >= ? AND date <= ? ORDER BY date, start_time, id`);
  const holidays = sqlite.prepare(`SELECT * FROM public_holidays WHERE date >= ? AND date <= ? ORDER BY date`);
  const bookings = inList(
    sqlite,
    (m) => `SELECT b.id, b.shift_id, b.client_id, b.booked_at, b.booked_by, b.override_reason, b.from_waiting_id,
      c.code, c.first_name, c.last_name, c.nickname FROM bookings b JOIN clients c ON c.id = b.client_id
      WHERE b.shift_id IN (${m}) AND b.status = 'booked' ORDER BY unixepoch(b.booked_at), b.id`,
  );
  const agreements = inList(
    sqlite,
    (m) => `SELECT DISTINCT a.client_id FROM agreements a WHERE a.client_id IN (${m}) AND ${validOn}`,
  );
  const suspensions = inList(
    sqlite,
    (m) => `SELECT client_id, from_date, to_date FROM client_suspensions
      WHERE client_id IN (${m}) AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)`,
  );
  const waiting = sqlite.prepare(
    `SELECT w.id, w.client_id, w.position, w.created_at, w.override_reason, c.code, c.first_name, c.last_name, c.nickname,
       c.active FROM waiting_entries w JOIN clients c ON c.id = w.client_id
     WHERE w.shift_id = ? AND w.status = 'waiting' ORDER BY w.position`,
  );
  const suspendedOn = inList(
    sqlite,
    (m) => `SELECT client_id, from_date, to_date FROM client_suspensions
      WHERE client_id IN (${m}) AND from_date <= ? AND (to_date IS NULL OR to_date >= ?) ORDER BY from_date`,
  );
  const standing = inList(
    sqlite,
    (
      m,
    ) => `SELECT b.client_id, b.id, b.shift_id, s.date, s.start_time FROM bookings b JOIN shifts s ON s.id = b.shift_id
      WHERE b.client_id IN (${m}) AND b.status = 'booked' AND s.date >= ? AND s.date <= ? AND b.id <> 0 ORDER BY s.date`,
  );
  const noShows = noShowsRaw(sqlite);
  const worked = inList(
    sqlite,
    (m) => `SELECT w.id, w.client_id, w.agreement_id, w.shift_id, w.work_date, w.minutes, w.day_kind FROM work_records w
      WHERE w.client_id IN (${m}) AND w.work_date >= ? AND w.work_date <= ? ORDER BY w.work_date, w.id`,
  );
  const notices = sqlite.prepare(
    `SELECT b.id, b.tell_kind, c.id, c.code, c.first_name, c.last_name, c.nickname, s.id, s.date, s.start_time,
       s.end_time, s.place FROM bookings b JOIN shifts s ON s.id = b.shift_id JOIN clients c ON c.id = b.client_id
     WHERE b.tell_kind IS NOT NULL AND b.told_at IS NULL AND s.date >= ?
       AND ((b.tell_kind = 'shiftCancelled' AND b.status = 'cancelled') OR (b.tell_kind <> 'shiftCancelled' AND b.status = 'booked'))
     ORDER BY s.date, s.start_time, b.id`,
  );

  const actor = rawActor(sqlite);
  return (monday: string) => {
    actor();
    const sunday = addDays(monday, 6);
    const settings = JSON.parse((setting.get() as { value: string } | undefined)?.value ?? '{}') as {
      fairnessWeeks?: number;
    };
    const fairness = settings.fairnessWeeks ?? 4;
    // Three no-shows in eight weeks block for four: the no-shows of the last twelve weeks matter.
    const noShowsFrom = addDays(today, -7 * 12 + 1);
    const rows = shifts.all(monday, sunday) as Row[];
    holidays.all(monday, sunday);
    const ids = rows.map((r) => r.id);
    const booked = bookings(ids.length).all(...ids) as Row[];
    const clientIds = [...new Set(booked.map((b) => b.client_id))];
    for (const date of new Set(rows.map((r) => r.date as string))) {
      agreements(clientIds.length).all(...clientIds, date, date, date);
    }
    suspensions(clientIds.length).all(...clientIds, sunday, monday);
    noShows(clientIds.length).all(...clientIds, noShowsFrom, today);
    for (const r of rows) {
      const entries = waiting.all(r.id) as Row[];
      if (entries.length === 0) continue;
      const people = entries.map((e) => e.client_id);
      suspendedOn(people.length).all(...people, r.date, r.date);
      standing(people.length).all(...people, monday, sunday);
      noShows(people.length).all(...people, noShowsFrom, today);
      if (fairness > 0) worked(people.length).all(...people, addDays(monday, -7 * fairness), addDays(monday, -1));
    }
    return { rows, booked, notices: notices.all(today) };
  };
}

/** One booking's reads and writes by hand, as core/schedule/bookings.ts and eligibility.ts do them, in one transaction. */
function rawBook(sqlite: Database.Database) {
  const setting = sqlite.prepare(`SELECT value FROM settings WHERE key = 'schedule'`);
  const client = sqlite.prepare('SELECT id, code, first_name, last_name, nickname, active FROM clients WHERE id = ?');
  const shift = sqlite.prepare('SELECT * FROM shifts WHERE id = ?');
  const suspension = sqlite.prepare(
    `SELECT client_id, from_date, to_date FROM client_suspensions
     WHERE client_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?) ORDER BY from_date`,
  );
  const count = sqlite.prepare(`SELECT count(*) AS n FROM bookings WHERE shift_id = ? AND status = 'booked'`);
  // The week's standing bookings also tell whether the client is on this shift already.
  const inWeek = sqlite.prepare(
    `SELECT b.client_id, b.id, b.shift_id, s.date, s.start_time FROM bookings b JOIN shifts s ON s.id = b.shift_id
     WHERE b.client_id = ? AND b.status = 'booked' AND s.date >= ? AND s.date <= ? AND b.id <> 0 ORDER BY s.date`,
  );
  const insert = sqlite.prepare(
    `INSERT INTO bookings (shift_id, client_id, status, booked_at, booked_by, override_reason) VALUES (?, ?, 'booked', ?, ?, NULL) RETURNING id`,
  );
  const settle = sqlite.prepare(
    `UPDATE waiting_entries SET status = 'booked', resolved_at = ?, resolved_by = ? WHERE shift_id = ? AND client_id = ? AND status = 'waiting'`,
  );
  const audit = sqlite.prepare(
    `INSERT INTO audit_log (at, actor, method, entity, entity_id, detail) VALUES (?, 'bench', 'schedule.book', 'booking', ?, ?)`,
  );
  const parameters = sqlite.prepare('SELECT * FROM pay_parameters WHERE valid_from <= ? AND valid_to >= ?');
  const averageFigures = sqlite.prepare(
    'SELECT max_average_weekly_minutes, balancing_period_weeks AS weeks FROM pay_parameters WHERE valid_from <= ? AND valid_to >= ?',
  );
  const holiday = sqlite.prepare('SELECT * FROM public_holidays WHERE date <= ? AND date >= ?');
  const agreement = sqlite.prepare(
    `SELECT a.client_id, a.id, a.valid_from, a.valid_to FROM agreements a WHERE a.client_id = ? AND ${validOn}`,
  );
  const noShows = noShowsRaw(sqlite)(1);
  const worked = sqlite.prepare(
    `SELECT w.id, w.client_id, w.agreement_id, w.shift_id, w.work_date, w.minutes, w.day_kind FROM work_records w
     WHERE w.client_id IN (?) AND w.work_date >= ? AND w.work_date <= ? ORDER BY w.work_date, w.id`,
  );
  const stamp = '2026-11-24T09:00:00+01:00';

  const actor = rawActor(sqlite);
  const run = sqlite.transaction((shiftId: number, clientId: number) => {
    actor();
    JSON.parse((setting.get() as { value: string } | undefined)?.value ?? '{}');
    client.get(clientId);
    const s = shift.get(shiftId) as { date: string; places: number };
    const { year, week } = isoWeekOf(s.date);
    const monday = mondayOfIsoWeek(year, week);
    holiday.get(s.date, s.date);
    suspension.all(clientId, s.date, s.date);
    inWeek.all(clientId, monday, addDays(monday, 6));
    noShows.all(clientId, addDays(today, -7 * 12 + 1), today);
    parameters.get(today, today);
    const agreed = agreement.all(clientId, s.date, s.date, s.date) as { id: number; valid_from: string }[];
    for (const a of agreed) {
      // The weekly average: the figures of the shift's day and the minutes worked in its balancing period.
      const { weeks } = averageFigures.get(s.date, s.date) as { weeks: number };
      const from = addDays(a.valid_from, Math.floor(daysBetween(a.valid_from, s.date) / (7 * weeks)) * 7 * weeks);
      worked.all(clientId, from, addDays(from, 7 * weeks - 1));
    }
    if ((count.get(shiftId) as { n: number }).n >= s.places) throw new Error('full');
    const { id } = insert.get(shiftId, clientId, stamp, 'bench') as { id: number };
    settle.run(stamp, 'bench', shiftId, clientId);
    audit.run(stamp, id, JSON.stringify({ shiftId, clientId, date: s.date, overrideReason: null }));
    return id;
  });
  return (shiftId: number, clientId: number): number => run.immediate(shiftId, clientId);
}

export function scheduleBenchmarks(database: OpenDatabase, api: Dispatcher): Comparison[] {
  const { sqlite } = database;
  const monday = mondayOfIsoWeek(2026, 49);
  const viaApi = () => {
    const result = api.call('schedule.week', { year: 2026, week: 49 });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as WeekView;
  };
  const board = rawBoard(sqlite);
  const check = viaApi();
  const raw = board(monday);
  const apiBookings = check.shifts.reduce((n, s) => n + s.bookings.length, 0);
  if (raw.rows.length !== check.shifts.length || raw.booked.length !== apiBookings) {
    throw new Error('The raw week board does not read what the dispatcher reads');
  }

  // A free place in week 50 and a client with no shift that week, in the programme, not suspended.
  const target = sqlite
    .prepare(
      `SELECT s.id FROM shifts s WHERE s.date BETWEEN '2026-12-07' AND '2026-12-13' AND s.status = 'open'
       AND (SELECT count(*) FROM bookings b WHERE b.shift_id = s.id AND b.status = 'booked') < s.places ORDER BY s.date LIMIT 1`,
    )
    .get() as { id: number } | undefined;
  const person = sqlite
    .prepare(
      `SELECT c.id FROM clients c WHERE c.active = 1
       AND NOT EXISTS (SELECT 1 FROM client_suspensions x WHERE x.client_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM bookings b JOIN shifts s ON s.id = b.shift_id
         WHERE b.client_id = c.id AND s.date BETWEEN '2026-12-07' AND '2026-12-13') ORDER BY c.id LIMIT 1`,
    )
    .get() as { id: number } | undefined;
  if (!target || !person) throw new Error('The large database has no free place in week 50');
  const undo = sqlite.prepare(`DELETE FROM bookings WHERE shift_id = ? AND client_id = ? AND status = 'booked'`);
  const unaudit = sqlite.prepare(`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`);
  const after = () => {
    undo.run(target.id, person.id);
    unaudit.run();
  };
  const book = rawBook(sqlite);
  const bookViaApi = () => {
    const result = api.call('schedule.book', { shift: { shiftId: target.id }, clientId: person.id });
    if (!result.ok) throw new Error(result.error.message);
  };

  return [
    {
      name: 'week board (week 49, 10 years history)',
      subject: measure(viaApi),
      baseline: measure(() => board(monday)),
      baselineName: 'raw SQL',
      targetMs: 20,
      maxRatio: 2,
    },
    {
      name: 'book one client (rules, write, audit)',
      subject: measure(bookViaApi, { after }),
      baseline: measure(() => book(target.id, person.id), { after }),
      baselineName: 'raw SQL',
      maxRatio: 2,
    },
  ];
}
