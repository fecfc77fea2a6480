import type Database from 'better-sqlite3-multiple-ciphers';
import type { Dispatcher } from '../../core/api/dispatcher.js';
import type { PayrollMonth } from '../../core/contract/payroll.js';
import { localMoment, timestampOf } from '../../core/contract/dates.js';
import type { OpenDatabase } from '../../db/open.js';
import { rawActor } from './large.js';
import { measure, type Comparison } from './measure.js';

/** The month the pay run is timed on: busy, with 200 clients who worked. */
export const busyMonth = '2026-10';
const workers = 200;

/**
 * Makes `busyMonth` a month of 200 working clients: the history has about 50
 * a month, so clients who did not work then get an afternoon shift on each
 * Mon/Wed/Fri and work four of them, recorded as the desk records them.
 */
export function writeBusyMonth(sqlite: Database.Database): number {
  const from = `${busyMonth}-01`;
  const to = `${busyMonth}-31`;
  const working = sqlite
    .prepare('SELECT count(DISTINCT client_id) FROM work_records WHERE work_date BETWEEN ? AND ?')
    .pluck()
    .get(from, to) as number;
  const extra = sqlite
    .prepare(
      `SELECT c.id, a.id AS agreementId FROM clients c JOIN agreements a ON a.client_id = c.id
       WHERE c.id NOT IN (SELECT client_id FROM work_records WHERE work_date BETWEEN ? AND ?) ORDER BY c.id LIMIT ?`,
    )
    .all(from, to, workers - working) as { id: number; agreementId: number }[];
  const days = sqlite
    .prepare(`SELECT DISTINCT date FROM shifts WHERE date BETWEEN ? AND ? AND pattern_id IS NOT NULL ORDER BY date`)
    .pluck()
    .all(from, to) as string[];
  const shift = sqlite.prepare(
    `INSERT INTO shifts (date, start_time, end_time, places, place, task, status, created_at, updated_at)
     VALUES (?, '13:00', '16:00', ?, 'Sklad', NULL, 'open', ?, ?)`,
  );
  const booking = sqlite.prepare(
    `INSERT INTO bookings (shift_id, client_id, status, booked_at, booked_by) VALUES (?, ?, 'booked', ?, 'koordinátorka')`,
  );
  const arrival = sqlite.prepare(
    `INSERT INTO arrivals (booking_id, shift_id, client_id, outcome, arrived_at, late, fitness, recorded_at, recorded_by)
     VALUES (?, ?, ?, 'admitted', ?, 0, '[]', ?, 'koordinátorka')`,
  );
  const record = sqlite.prepare(
    `INSERT INTO work_records (arrival_id, client_id, shift_id, agreement_id, work_date, start_time, end_time, break_minutes,
       tasks, minutes, day_kind, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, '13:00', '16:00', 0, '[]', 180, 'weekday', ?, 'koordinátorka', ?, 'koordinátorka')`,
  );
  days.forEach((date, d) => {
    const stamp = timestampOf(localMoment(date, '16:00'));
    const shiftId = Number(shift.run(date, extra.length, stamp, stamp).lastInsertRowid);
    extra.forEach((client, c) => {
      if ((c + d) % days.length >= 4) return;
      const bookingId = Number(booking.run(shiftId, client.id, stamp).lastInsertRowid);
      const arrivalId = Number(arrival.run(bookingId, shiftId, client.id, stamp, stamp).lastInsertRowid);
      record.run(arrivalId, client.id, shiftId, client.agreementId, date, stamp, stamp);
    });
  });
  return working + extra.length;
}

/** The month run's reads by hand, in the order core/payroll does them, without computing any pay. */
function rawMonthReads(sqlite: Database.Database) {
  const closed = sqlite.prepare('SELECT month FROM payroll_months WHERE month = ?');
  const adjustments = sqlite.prepare('SELECT * FROM payroll_adjustments WHERE month = ? ORDER BY id');
  const workersOf = sqlite.prepare(
    'SELECT DISTINCT client_id FROM work_records WHERE work_date >= ? AND work_date <= ?',
  );
  const worked = sqlite.prepare(
    `SELECT id, client_id, agreement_id, shift_id, work_date, minutes, day_kind FROM work_records
     WHERE client_id IN (SELECT value FROM json_each(?)) AND work_date >= ? AND work_date <= ? ORDER BY work_date, id`,
  );
  const parameters = sqlite.prepare('SELECT * FROM pay_parameters WHERE valid_from <= ? AND valid_to >= ?');
  const clients = sqlite.prepare(
    'SELECT * FROM clients WHERE id IN (SELECT value FROM json_each(?)) ORDER BY sort_key',
  );
  const advances = sqlite.prepare(
    `SELECT client_id, sum(amount) FROM cash_receipts WHERE pay_month = ? AND kind = 'advance' AND cancelled_at IS NULL
     GROUP BY client_id`,
  );
  const agreement = sqlite.prepare('SELECT * FROM agreements WHERE id = ?');
  const terms = sqlite.prepare('SELECT * FROM agreement_terms WHERE agreement_id = ? AND +amendment_id IS NULL');
  const amendments = sqlite.prepare(
    `SELECT * FROM agreement_amendments m JOIN agreement_terms t ON t.amendment_id = m.id WHERE m.agreement_id = ? ORDER BY m.seq`,
  );
  const seen = sqlite.prepare('SELECT * FROM payroll_seen WHERE month = ?');
  const previous = sqlite.prepare('SELECT month FROM payroll_months WHERE month < ? ORDER BY month DESC LIMIT 1');
  const valid = sqlite.prepare(
    `SELECT client_id FROM agreements WHERE client_id IN (SELECT value FROM json_each(?)) AND status IN ('signed', 'ended')
       AND signed_on IS NOT NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) AND (ended_on IS NULL OR ended_on >= ?)`,
  );
  const actor = rawActor(sqlite);
  return (month: string) => {
    actor();
    const from = `${month}-01`;
    const to = `${month}-31`;
    closed.get(month);
    adjustments.all(month);
    const ids = JSON.stringify((workersOf.all(from, to) as { client_id: number }[]).map((r) => r.client_id));
    const rows = worked.all(ids, from, to) as { agreement_id: number; work_date: string; client_id: number }[];
    for (const day of new Set([...rows.map((r) => r.work_date), to])) parameters.get(day, day);
    clients.all(ids);
    advances.all(month);
    for (const id of new Set(rows.map((r) => r.agreement_id))) {
      agreement.get(id);
      terms.get(id);
      amendments.all(id);
    }
    seen.all(month);
    previous.get(month);
    const byDay = new Map<string, number[]>();
    for (const r of rows) byDay.set(r.work_date, [...(byDay.get(r.work_date) ?? []), r.client_id]);
    for (const [day, list] of byDay) valid.all(JSON.stringify(list), day, day, day);
    return rows;
  };
}

export function payrollBenchmarks(database: OpenDatabase, api: Dispatcher): Comparison[] {
  const viaApi = () => {
    const result = api.call('payroll.month', { month: busyMonth });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as PayrollMonth;
  };
  const clients = viaApi().payslips.length;
  if (clients !== workers) throw new Error(`${busyMonth} has ${clients} working clients, not ${workers}`);
  const raw = rawMonthReads(database.sqlite);
  return [
    {
      name: `pay run of a month, ${clients} working clients`,
      subject: measure(viaApi, { runs: 40, warmup: 40 }),
      baseline: measure(() => raw(busyMonth), { runs: 40, warmup: 40 }),
      baselineName: 'raw SQL reads',
      targetMs: 200,
    },
  ];
}
