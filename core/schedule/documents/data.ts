import { isoWeekOf } from '../../contract/dates.js';
import type { Locale } from '../../contract/i18n.js';
import type { Ctx } from '../../api/context.js';
import type { DocumentJob } from '../../documents/registry.js';
import { holidaysBetween } from '../../holidays/index.js';
import { loadEmployer } from '../../settings/index.js';
import { loadWeek } from '../board.js';
import { loadScheduleSettings } from '../settings.js';

/**
 * What the printed sheets show, gathered in the call's transaction. Only names
 * and codes: nothing about health or pay is ever printed on them.
 */

export interface SheetPerson {
  name: string;
  code: string;
  nickname: string | null;
  noAgreement: boolean;
}

export interface SheetShift {
  date: string;
  weekday: number;
  start: string;
  end: string;
  places: number;
  place: string;
  task: string | null;
  cancelReason: string | null;
  /** The public holiday the shift falls on, in the paper's language. */
  holiday: string | null;
  /** A pattern shift on a holiday the coordinator has not opened: no lines to sign. */
  closedForHoliday: boolean;
  booked: SheetPerson[];
  waiting: SheetPerson[];
}

export interface WeekSheetData {
  organisation: string | null;
  year: number;
  week: number;
  monday: string;
  sunday: string;
  shifts: SheetShift[];
  waitingLines: number;
  houseRules: string;
  printedAt: string;
}

export interface DayListData {
  organisation: string | null;
  date: string;
  shifts: SheetShift[];
  printedAt: string;
}

interface Named {
  firstName: string;
  lastName: string;
}

/** The wall sheet may show "Řehoř Š." instead of the full name; the arrival desk's list always has it in full. */
function nameOf(person: Named, style: 'full' | 'short'): string {
  return style === 'full'
    ? `${person.firstName} ${person.lastName}`
    : `${person.firstName} ${person.lastName.slice(0, 1)}.`;
}

function sheetShifts(
  ctx: Ctx,
  year: number,
  week: number,
  lang: Locale,
  style: 'full' | 'short' = 'full',
): SheetShift[] {
  const view = loadWeek(ctx, year, week);
  const holidays = new Map(holidaysBetween(ctx, view.monday, view.sunday, lang).map((h) => [h.date, h.name]));
  return view.shifts.map((s) => ({
    date: s.date,
    weekday: s.weekday,
    start: s.start,
    end: s.end,
    places: s.places,
    place: s.place,
    task: s.task,
    cancelReason: s.status === 'cancelled' ? (s.cancelReason ?? '') : null,
    holiday: holidays.get(s.date) ?? null,
    closedForHoliday: s.closedForHoliday,
    booked: s.bookings.map((b) => ({
      name: nameOf(b, style),
      code: b.code,
      nickname: b.nickname,
      noAgreement: b.noAgreement,
    })),
    waiting: s.waiting.map((w) => ({
      name: nameOf(w, style),
      code: w.code,
      nickname: w.nickname,
      noAgreement: false,
    })),
  }));
}

export function weekSheetJob(ctx: Ctx, year: number, week: number, lang: Locale): DocumentJob {
  const settings = loadScheduleSettings(ctx);
  const view = loadWeek(ctx, year, week);
  const data: WeekSheetData = {
    organisation: loadEmployer(ctx).name,
    year,
    week,
    monday: view.monday,
    sunday: view.sunday,
    shifts: sheetShifts(ctx, year, week, lang, settings.wallNames),
    waitingLines: settings.waitingLines,
    houseRules: lang === 'cs' ? settings.houseRulesCs : settings.houseRulesEn,
    printedAt: ctx.timestamp(),
  };
  const prefix = lang === 'cs' ? 'rozpis' : 'sign-up-sheet';
  return {
    template: 'schedule.week',
    fileName: `${prefix}-${year}-${String(week).padStart(2, '0')}.pdf`,
    lang,
    createdAt: ctx.timestamp(),
    data,
  };
}

export function dayListJob(ctx: Ctx, date: string, lang: Locale): DocumentJob {
  const { year, week } = isoWeekOf(date);
  const data: DayListData = {
    organisation: loadEmployer(ctx).name,
    date,
    shifts: sheetShifts(ctx, year, week, lang).filter((s) => s.date === date),
    printedAt: ctx.timestamp(),
  };
  const prefix = lang === 'cs' ? 'prichody' : 'arrivals';
  return { template: 'schedule.day', fileName: `${prefix}-${date}.pdf`, lang, createdAt: ctx.timestamp(), data };
}
