import { addDays, isoWeekday, isoWeekOf, mondayOfIsoWeek } from '../contract/dates.js';
import type { ScheduleSettings } from '../contract/schedule.js';
import type { BookingView, NoticeView, ShiftView, WeekView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { clientsWithValidAgreement } from '../agreements/index.js';
import { periodCovers } from '../periods/index.js';
import { holidaysBetween } from '../holidays/index.js';
import { closedForHoliday, signUpOpensOn } from './eligibility.js';
import { noShowBlocks } from './no-shows.js';
import { noticesFrom, standingOnShifts, suspensionsBetween } from './queries.js';
import { loadScheduleSettings } from './settings.js';
import { hasStarted, plannedShifts, storedShifts, type PlannedShift, type ShiftRow } from './shifts.js';
import { rankedWaiting } from './waiting.js';

/**
 * The week board: one read for everything the coordinator sees about a week.
 * A week nobody has written to shows the pattern; a written week shows its
 * own rows, so later pattern changes do not rewrite it.
 */

/** The week's holidays by date, to mark the board's days and shifts. */
type HolidayNames = ReadonlyMap<string, string>;

function plannedView(ctx: Ctx, p: PlannedShift, holidays: HolidayNames): ShiftView {
  const holiday = holidays.get(p.date) ?? null;
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
    holiday,
    closedForHoliday: holiday !== null,
    started: hasStarted(ctx, p),
    free: p.places,
    bookings: [],
    waiting: [],
  };
}

function storedViews(
  ctx: Ctx,
  rows: ShiftRow[],
  monday: string,
  settings: ScheduleSettings,
  holidays: HolidayNames,
): ShiftView[] {
  const booked = standingOnShifts(
    ctx,
    rows.map((r) => r.id),
  );
  const clientIds = [...new Set(booked.map((b) => b.clientId))];
  const dateOf = new Map(rows.map((r) => [r.id, r.date]));
  const agreed = new Map(
    [...new Set(rows.map((r) => r.date))].map((day) => [day, clientsWithValidAgreement(ctx, clientIds, day)]),
  );
  const suspensions = suspensionsBetween(ctx, clientIds, monday, addDays(monday, 6));
  // Only weeks still open to sign-up: on a past week the mark would say nothing about that week.
  const blocks =
    addDays(monday, 6) < ctx.today() ? new Map<number, { until: string }>() : noShowBlocks(ctx, clientIds, settings);
  const byShift = new Map<number, BookingView[]>();
  for (const { shiftId, fromWaitingId, ...b } of booked) {
    const date = dateOf.get(shiftId) ?? '';
    const view: BookingView = {
      ...b,
      fromWaitingList: fromWaitingId !== null,
      noAgreement: !(agreed.get(date)?.has(b.clientId) ?? false),
      suspended: suspensions.some(
        (s) => s.clientId === b.clientId && periodCovers({ from: s.fromDate, to: s.toDate }, date),
      ),
      noShowBlockedUntil: blocks.get(b.clientId)?.until ?? null,
    };
    const list = byShift.get(shiftId);
    if (list) list.push(view);
    else byShift.set(shiftId, [view]);
  }
  return rows.map((r) => {
    const list = byShift.get(r.id) ?? [];
    const holiday = holidays.get(r.date) ?? null;
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
      holiday,
      closedForHoliday: closedForHoliday(r, holiday === null ? null : { rule: 'holiday', holiday }),
      started: hasStarted(ctx, r),
      free: r.status === 'open' ? Math.max(0, r.places - list.length) : 0,
      bookings: list,
      waiting: r.status === 'open' ? rankedWaiting(ctx, r, settings) : [],
    };
  });
}

/** Changes still to be passed on, for shifts from today on. */
export function pendingNotices(ctx: Ctx): NoticeView[] {
  return noticesFrom(ctx, ctx.today());
}

export function loadWeek(ctx: Ctx, year: number, week: number): WeekView {
  const settings = loadScheduleSettings(ctx);
  const monday = mondayOfIsoWeek(year, week);
  const sunday = addDays(monday, 6);
  const today = ctx.today();
  const stored = storedShifts(ctx, monday);
  const opensOn = signUpOpensOn(monday, settings);
  const holidays = holidaysBetween(ctx, monday, sunday);
  const names = new Map(holidays.map((h) => [h.date, h.name]));
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
      stored.length > 0
        ? storedViews(ctx, stored, monday, settings, names)
        : plannedShifts(ctx, monday).map((p) => plannedView(ctx, p, names)),
    holidays,
    notices: pendingNotices(ctx),
  };
}
