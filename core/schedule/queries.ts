import { sql as drizzleSql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Ctx } from '../api/context.js';
import { marks } from '../api/statements.js';
import { validOnSql } from '../agreements/validity.js';

/**
 * The reads and writes of the week board and of a booking, as statements
 * prepared once per connection (ctx.statement): these run on every screen
 * refresh and every click, where building SQL with drizzle each time cost
 * ten times more than running it. Colder paths use drizzle.
 */

/**
 * validOnSql (the one definition of "valid agreement on a day") compiled once
 * to SQL text; its parameters are the day, which we bind at each run.
 */
const marker = '0000-00-00';
const compiled = new SQLiteSyncDialect().sqlToQuery(drizzleSql`${validOnSql(marker)}`);
if (!compiled.params.every((p) => p === marker)) throw new Error('validOnSql has parameters other than the day');
const validOn = compiled.sql;
const dayParams = (day: string) => compiled.params.map(() => day);

const person = `c.id AS clientId, c.code, c.first_name AS firstName, c.last_name AS lastName, c.nickname`;

/** Statements with a fixed text, built once so each call looks them up by the same string. */
const sql = {
  client: `SELECT ${person}, c.active FROM clients c WHERE c.id = ?`,
  suspension: `SELECT from_date AS fromDate, to_date AS toDate FROM client_suspensions
    WHERE client_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?) ORDER BY from_date LIMIT 1`,
  standing: `SELECT b.id AS bookingId, s.date, s.start_time AS startTime FROM bookings b JOIN shifts s ON s.id = b.shift_id
    WHERE b.client_id = ? AND b.status = 'booked' AND s.date >= ? AND s.date <= ? AND b.id <> ? ORDER BY s.date`,
  bookedCount: `SELECT count(*) AS n FROM bookings WHERE shift_id = ? AND status = 'booked'`,
  isBooked: `SELECT 1 AS found FROM bookings WHERE shift_id = ? AND client_id = ? AND status = 'booked'`,
  hasAgreement: `SELECT 1 AS found FROM agreements a WHERE a.client_id = ? AND ${validOn} LIMIT 1`,
  insertBooking: `INSERT INTO bookings (shift_id, client_id, status, booked_at, booked_by, override_reason, from_waiting_id, tell_kind)
    VALUES (?, ?, 'booked', ?, ?, ?, ?, ?) RETURNING id`,
  settleWaiting: `UPDATE waiting_entries SET status = 'booked', resolved_at = ?, resolved_by = ?
    WHERE shift_id = ? AND client_id = ? AND status = 'waiting'`,
  waiting: `SELECT w.id, w.position, w.created_at AS createdAt, w.override_reason AS overrideReason, ${person}
    FROM waiting_entries w JOIN clients c ON c.id = w.client_id
    WHERE w.shift_id = ? AND w.status = 'waiting' ORDER BY w.position`,
  notices: `SELECT b.id AS bookingId, b.tell_kind AS kind, ${person}, s.id AS shiftId, s.date, s.start_time AS start,
      s.end_time AS "end", s.place
    FROM bookings b JOIN shifts s ON s.id = b.shift_id JOIN clients c ON c.id = b.client_id
    WHERE b.tell_kind IS NOT NULL AND b.told_at IS NULL AND s.date >= ?
      AND ((b.tell_kind = 'shiftCancelled' AND b.status = 'cancelled')
        OR (b.tell_kind <> 'shiftCancelled' AND b.status = 'booked'))
    ORDER BY s.date, s.start_time, b.id`,
  setting: `SELECT value FROM settings WHERE key = ?`,
};

export interface PersonRow {
  clientId: number;
  code: string;
  firstName: string;
  lastName: string;
  nickname: string | null;
}

export function clientRow(ctx: Ctx, clientId: number): (PersonRow & { active: boolean }) | undefined {
  const row = ctx.statement(sql.client).get(clientId) as (PersonRow & { active: number }) | undefined;
  return row && { ...row, active: row.active === 1 };
}

export function suspensionOn(ctx: Ctx, clientId: number, date: string) {
  return ctx.statement(sql.suspension).get(clientId, date, date) as
    { fromDate: string; toDate: string | null } | undefined;
}

/** A client's standing bookings between two days, leaving one booking out (0: none). */
export function standingBetween(ctx: Ctx, clientId: number, from: string, to: string, excludeId = 0) {
  return ctx.statement(sql.standing).all(clientId, from, to, excludeId) as {
    bookingId: number;
    date: string;
    startTime: string;
  }[];
}

export function bookedCount(ctx: Ctx, shiftId: number): number {
  const row = ctx.statement(sql.bookedCount).get(shiftId) as { n: number };
  return row.n;
}

export function isBookedOn(ctx: Ctx, shiftId: number, clientId: number): boolean {
  return ctx.statement(sql.isBooked).get(shiftId, clientId) !== undefined;
}

export function hasAgreement(ctx: Ctx, clientId: number, day: string): boolean {
  return ctx.statement(sql.hasAgreement).get(clientId, ...dayParams(day)) !== undefined;
}

/** Of these clients, those with a valid agreement on a day. */
export function withAgreement(ctx: Ctx, clientIds: number[], day: string): Set<number> {
  if (clientIds.length === 0) return new Set();
  const rows = ctx
    .statement(
      `SELECT DISTINCT a.client_id AS id FROM agreements a WHERE a.client_id IN (${marks(clientIds.length)}) AND ${validOn}`,
    )
    .all(...clientIds, ...dayParams(day)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

export function insertBookingRow(
  ctx: Ctx,
  row: {
    shiftId: number;
    clientId: number;
    overrideReason: string | null;
    fromWaitingId: number | null;
    tellKind: string | null;
  },
): number {
  const inserted = ctx
    .statement(sql.insertBooking)
    .get(
      row.shiftId,
      row.clientId,
      ctx.timestamp(),
      ctx.actor,
      row.overrideReason,
      row.fromWaitingId,
      row.tellKind,
    ) as {
    id: number;
  };
  return inserted.id;
}

/** A waiting entry of the client on the shift is settled by their booking. */
export function settleWaiting(ctx: Ctx, shiftId: number, clientId: number): void {
  ctx.statement(sql.settleWaiting).run(ctx.timestamp(), ctx.actor, shiftId, clientId);
}

export interface WaitingRow extends PersonRow {
  id: number;
  position: number;
  createdAt: string;
  overrideReason: string | null;
}

export function waitingOn(ctx: Ctx, shiftId: number): WaitingRow[] {
  return ctx.statement(sql.waiting).all(shiftId) as WaitingRow[];
}

export function inactiveAmong(ctx: Ctx, ids: number[]): Set<number> {
  const rows = ctx
    .statement(`SELECT id FROM clients WHERE id IN (${marks(ids.length)}) AND active = 0`)
    .all(...ids) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

export function suspendedAmong(ctx: Ctx, ids: number[], date: string): Set<number> {
  const rows = ctx
    .statement(
      `SELECT DISTINCT client_id AS id FROM client_suspensions
       WHERE client_id IN (${marks(ids.length)}) AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)`,
    )
    .all(...ids, date, date) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Standing bookings per client from `from` up to `to` (inclusive, or exclusive when `before`). */
export function standingCounts(
  ctx: Ctx,
  ids: number[],
  from: string,
  to: string,
  before: boolean,
): Map<number, number> {
  const rows = ctx
    .statement(
      `SELECT b.client_id AS id, count(*) AS n FROM bookings b JOIN shifts s ON s.id = b.shift_id
       WHERE b.client_id IN (${marks(ids.length)}) AND b.status = 'booked' AND s.date >= ? AND s.date ${before ? '<' : '<='} ?
       GROUP BY b.client_id`,
    )
    .all(...ids, from, to) as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

export interface BoardBookingRow extends PersonRow {
  id: number;
  shiftId: number;
  bookedAt: string;
  bookedBy: string;
  overrideReason: string | null;
  fromWaitingId: number | null;
}

export function standingOnShifts(ctx: Ctx, shiftIds: number[]): BoardBookingRow[] {
  if (shiftIds.length === 0) return [];
  // booked_at carries its UTC offset, so it is ordered by unixepoch() (db/timestamps.ts), not as text.
  return ctx
    .statement(
      `SELECT b.id, b.shift_id AS shiftId, b.booked_at AS bookedAt, b.booked_by AS bookedBy,
         b.override_reason AS overrideReason, b.from_waiting_id AS fromWaitingId, ${person}
       FROM bookings b JOIN clients c ON c.id = b.client_id
       WHERE b.shift_id IN (${marks(shiftIds.length)}) AND b.status = 'booked' ORDER BY unixepoch(b.booked_at), b.id`,
    )
    .all(...shiftIds) as BoardBookingRow[];
}

export function suspensionsBetween(ctx: Ctx, ids: number[], from: string, to: string) {
  if (ids.length === 0) return [];
  return ctx
    .statement(
      `SELECT client_id AS clientId, from_date AS fromDate, to_date AS toDate FROM client_suspensions
       WHERE client_id IN (${marks(ids.length)}) AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)`,
    )
    .all(...ids, to, from) as { clientId: number; fromDate: string; toDate: string | null }[];
}

export interface NoticeRow extends PersonRow {
  bookingId: number;
  kind: 'promoted' | 'shiftCancelled' | 'shiftRestored' | 'shiftChanged';
  shiftId: number;
  date: string;
  start: string;
  end: string;
  place: string;
}

/** Changes still to be passed on, for shifts from a day on; uses the partial index bookings_to_tell. */
export function noticesFrom(ctx: Ctx, day: string): NoticeRow[] {
  return ctx.statement(sql.notices).all(day) as NoticeRow[];
}

export function settingValue(ctx: Ctx, key: string): string | undefined {
  const row = ctx.statement(sql.setting).get(key) as { value: string } | undefined;
  return row?.value;
}
