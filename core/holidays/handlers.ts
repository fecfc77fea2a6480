import { asc, eq, like } from 'drizzle-orm';
import { publicHolidays } from '../../db/schema/index.js';
import type { holidayMethods } from '../contract/holidays.js';
import { notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';

const view = ({ date, nameCs, nameEn }: typeof publicHolidays.$inferSelect) => ({ date, nameCs, nameEn });

export const holidayHandlers: Handlers<typeof holidayMethods> = {
  'holidays.list': ({ year }, ctx) =>
    ctx.db
      .select()
      .from(publicHolidays)
      .where(like(publicHolidays.date, `${year}-%`))
      .orderBy(asc(publicHolidays.date))
      .all()
      .map(view),

  'holidays.save': (input, ctx) => {
    const before = ctx.db.select().from(publicHolidays).where(eq(publicHolidays.date, input.date)).get();
    const row = ctx.db
      .insert(publicHolidays)
      .values({ ...input, updatedAt: ctx.timestamp() })
      .onConflictDoUpdate({
        target: publicHolidays.date,
        set: { nameCs: input.nameCs, nameEn: input.nameEn, updatedAt: ctx.timestamp() },
      })
      .returning()
      .get();
    ctx.audit({ entity: 'publicHoliday', detail: { before: before ? view(before) : null, after: input } });
    return view(row);
  },

  'holidays.delete': ({ date }, ctx) => {
    const before = ctx.db.select().from(publicHolidays).where(eq(publicHolidays.date, date)).get();
    if (!before) throw notFound('date');
    ctx.db.delete(publicHolidays).where(eq(publicHolidays.date, date)).run();
    ctx.audit({ entity: 'publicHoliday', detail: { deleted: view(before) } });
    return { date };
  },
};
