import { and, asc, gte, lte, sql } from 'drizzle-orm';
import { publicHolidays } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { preparedPerConnection } from '../api/statements.js';
import { isoWeekday } from '../contract/dates.js';
import type { DayKind } from '../contract/holidays.js';
import type { Locale } from '../contract/i18n.js';
import { periodCoversSql } from '../periods/index.js';

/** A public holiday as the screens and papers name it, in the caller's language. */
export interface Holiday {
  date: string;
  name: string;
}

type HolidayRow = typeof publicHolidays.$inferSelect;

const nameIn = (locale: Locale, row: HolidayRow): Holiday => ({
  date: row.date,
  name: locale === 'en' ? row.nameEn : row.nameCs,
});

/** Asked by every booking: prepared once. A holiday is a period of one day. */
const holidayCovering = preparedPerConnection((db) =>
  db
    .select()
    .from(publicHolidays)
    .where(periodCoversSql({ from: publicHolidays.date, to: publicHolidays.date }, sql.placeholder('day')))
    .prepare(),
);

/** Read by every week board: prepared once too. */
const holidaysFromTo = preparedPerConnection((db) =>
  db
    .select()
    .from(publicHolidays)
    .where(and(gte(publicHolidays.date, sql.placeholder('from')), lte(publicHolidays.date, sql.placeholder('to'))))
    .orderBy(asc(publicHolidays.date))
    .prepare(),
);

/** The public holiday on a day, or null on a working day. */
export function holidayOn(ctx: Ctx, day: string): Holiday | null {
  const row = holidayCovering(ctx.db).get({ day });
  return row ? nameIn(ctx.locale, row) : null;
}

/** The public holidays from one day to another, both included, in order; named in `locale` (a printed paper's language). */
export function holidaysBetween(ctx: Ctx, from: string, to: string, locale: Locale = ctx.locale): Holiday[] {
  return holidaysFromTo(ctx.db)
    .all({ from, to })
    .map((row) => nameIn(locale, row));
}

/**
 * How the law sees work on a day: a public holiday (Labour Code § 115) comes
 * first, then Saturday or Sunday (§ 118). Work records keep it; a holiday on a
 * weekend is still a Saturday or Sunday by its date for the weekend premium.
 */
export function dayKindOf(ctx: Ctx, day: string): DayKind {
  if (holidayOn(ctx, day)) return 'holiday';
  const weekday = isoWeekday(day);
  return weekday === 6 ? 'saturday' : weekday === 7 ? 'sunday' : 'weekday';
}
