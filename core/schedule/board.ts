import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { bookings, clients, clientSuspensions, shifts } from '../../db/schema/index.js';
import { addDays, isoWeekday, isoWeekOf, mondayOfIsoWeek } from '../contract/dates.js';
import type { BookingView, NoticeView, ShiftView, WeekView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { validOnSql } from '../agreements/validity.js';
import { signUpOpensOn } from './rules.js';
import { loadScheduleSettings } from './settings.js';
import { hasStarted, plannedShifts, storedShifts, type PlannedShift, type ShiftRow } from './shifts.js';
import { rankedWaiting } from './waiting.js';

/**
 * The week board: one read for everything the coordinator sees about a week.
 * A week nobody has written to shows the pattern; a written week shows its
 * own rows, so later pattern changes do not rewrite it.
 */

function plannedView(ctx: Ctx, p: PlannedShift): ShiftView {
  return {
    ref: { patternId: p.patternId, date: p.date },
    id: null,
    patternId: p.patternId,
    date: p.date,
    weekday: isoWeekday(p.date),
    start: p.startTime,
    end: p.endTime,
    places: p.places,
    place: p.place,
    task: p.task,
    status: 'open',
    cancelReason: null,
    extra: false,
    started: hasStarted(ctx, p),
    free: p.places,
    bookings: [],
    waiting: [],
  };
}

/** Clients (of `clientIds`) with a valid agreement on each day. */
function agreementsByDay(ctx: Ctx, clientIds: number[], days: string[]): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  if (clientIds.length === 0) return result;
  const list = sql.join(
    clientIds.map((id) => sql`${id}`),
    sql`, `,
  );
  for (const day of days) {
    const rows = ctx.db.all<{ clientId: number }>(
      sql`SELECT DISTINCT a.client_id AS clientId FROM agreements a WHERE a.client_id IN (${list}) AND ${validOnSql(day)}`,
    );
    result.set(day, new Set(rows.map((r) => r.clientId)));
  }
  return result;
}

function storedViews(ctx: Ctx, rows: ShiftRow[], monday: string): ShiftView[] {
  const settings = loadScheduleSettings(ctx);
  const booked = ctx.db
    .select({
      id: bookings.id,
      shiftId: bookings.shiftId,
      clientId: bookings.clientId,
      bookedAt: bookings.bookedAt,
      bookedBy: bookings.bookedBy,
      overrideReason: bookings.overrideReason,
      fromWaitingId: bookings.fromWaitingId,
      code: clients.code,
      firstName: clients.firstName,
      lastName: clients.lastName,
      nickname: clients.nickname,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(
      and(
        inArray(
          bookings.shiftId,
          rows.map((r) => r.id),
        ),
        eq(bookings.status, 'booked'),
      ),
    )
    .orderBy(asc(bookings.bookedAt), asc(bookings.id))
    .all();
  const clientIds = [...new Set(booked.map((b) => b.clientId))];
  const dateOf = new Map(rows.map((r) => [r.id, r.date]));
  const agreements = agreementsByDay(ctx, clientIds, [...new Set(rows.map((r) => r.date))]);
  const suspensions =
    clientIds.length === 0
      ? []
      : ctx.db
          .select({
            clientId: clientSuspensions.clientId,
            from: clientSuspensions.fromDate,
            to: clientSuspensions.toDate,
          })
          .from(clientSuspensions)
          .where(
            and(
              inArray(clientSuspensions.clientId, clientIds),
              lte(clientSuspensions.fromDate, addDays(monday, 6)),
              or(isNull(clientSuspensions.toDate), gte(clientSuspensions.toDate, monday)),
            ),
          )
          .all();
  const byShift = new Map<number, BookingView[]>();
  for (const b of booked) {
    const date = dateOf.get(b.shiftId) ?? '';
    const view: BookingView = {
      id: b.id,
      clientId: b.clientId,
      code: b.code,
      firstName: b.firstName,
      lastName: b.lastName,
      nickname: b.nickname,
      bookedAt: b.bookedAt,
      bookedBy: b.bookedBy,
      overrideReason: b.overrideReason,
      fromWaitingList: b.fromWaitingId !== null,
      noAgreement: !(agreements.get(date)?.has(b.clientId) ?? false),
      suspended: suspensions.some(
        (s) => s.clientId === b.clientId && s.from <= date && (s.to === null || s.to >= date),
      ),
    };
    byShift.set(b.shiftId, [...(byShift.get(b.shiftId) ?? []), view]);
  }
  return rows.map((r) => {
    const list = byShift.get(r.id) ?? [];
    return {
      ref: { shiftId: r.id },
      id: r.id,
      patternId: r.patternId,
      date: r.date,
      weekday: isoWeekday(r.date),
      start: r.startTime,
      end: r.endTime,
      places: r.places,
      place: r.place,
      task: r.task,
      status: r.status,
      cancelReason: r.cancelReason,
      extra: r.patternId === null,
      started: hasStarted(ctx, r),
      free: r.status === 'open' ? Math.max(0, r.places - list.length) : 0,
      bookings: list,
      waiting: r.status === 'open' ? rankedWaiting(ctx, r, settings) : [],
    };
  });
}

/** Changes still to be passed on, for shifts from today on. */
export function pendingNotices(ctx: Ctx): NoticeView[] {
  return ctx.db
    .select({
      bookingId: bookings.id,
      kind: bookings.tellKind,
      clientId: clients.id,
      code: clients.code,
      firstName: clients.firstName,
      lastName: clients.lastName,
      nickname: clients.nickname,
      shiftId: shifts.id,
      date: shifts.date,
      start: shifts.startTime,
      end: shifts.endTime,
      place: shifts.place,
    })
    .from(bookings)
    .innerJoin(shifts, eq(shifts.id, bookings.shiftId))
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(
      and(
        isNotNull(bookings.tellKind),
        isNull(bookings.toldAt),
        gte(shifts.date, ctx.today()),
        or(
          and(eq(bookings.tellKind, 'shiftCancelled'), eq(bookings.status, 'cancelled')),
          and(ne(bookings.tellKind, 'shiftCancelled'), eq(bookings.status, 'booked')),
        ),
      ),
    )
    .orderBy(asc(shifts.date), asc(shifts.startTime), asc(bookings.id))
    .all()
    .flatMap((n) => (n.kind === null ? [] : [{ ...n, kind: n.kind }]));
}

export function loadWeek(ctx: Ctx, year: number, week: number): WeekView {
  const settings = loadScheduleSettings(ctx);
  const monday = mondayOfIsoWeek(year, week);
  const sunday = addDays(monday, 6);
  const today = ctx.today();
  const stored = storedShifts(ctx, monday);
  const opensOn = signUpOpensOn(monday, settings);
  return {
    year,
    week,
    monday,
    sunday,
    today,
    current: isoWeekOf(today),
    signUp:
      sunday < today
        ? { state: 'past', opensOn: null }
        : today < opensOn
          ? { state: 'notYet', opensOn }
          : { state: 'open', opensOn: null },
    weeklyLimit: settings.weeklyLimit,
    fairnessWeeks: settings.fairnessWeeks,
    shifts:
      stored.length > 0 ? storedViews(ctx, stored, monday) : plannedShifts(ctx, monday).map((p) => plannedView(ctx, p)),
    notices: pendingNotices(ctx),
  };
}
