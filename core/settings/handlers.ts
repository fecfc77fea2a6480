import { and, asc, eq, gte, lte, ne } from 'drizzle-orm';
import { payParameters } from '../../db/schema/index.js';
import type { Employer, Preferences } from '../contract/settings.js';
import { employer, preferences, type settingsMethods } from '../contract/settings.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { columnsOf } from '../api/statements.js';
import type { Handlers } from '../api/handler.js';
import { readSetting, writeSetting } from './store.js';

const employerDefaults: Employer = {
  name: null,
  street: null,
  city: null,
  postcode: null,
  ico: null,
  representativeName: null,
  representativeRole: null,
  payday: 15,
};

const preferenceDefaults: Preferences = { language: 'cs' };

/** Fields an employer needs before anything with its name is printed. */
const requiredEmployerFields = ['name', 'street', 'city', 'postcode', 'ico', 'representativeName'] as const;

export function loadEmployer(ctx: Ctx) {
  const value = readSetting(ctx, 'employer', employer, employerDefaults);
  const missing = requiredEmployerFields.filter((f) => value[f] === null);
  return { ...value, complete: missing.length === 0, missing };
}

const parametersOnSql = `SELECT ${columnsOf(payParameters)} FROM pay_parameters WHERE valid_from <= ? AND valid_to >= ?`;

/**
 * The legal and pay figures valid on a day; a missing period is a clear error,
 * not a guess. A prepared statement: every booking asks for the schedule notice.
 */
export function parametersOn(ctx: Ctx, date: string): typeof payParameters.$inferSelect {
  const row = ctx.statement(parametersOnSql).get(date, date) as typeof payParameters.$inferSelect | undefined;
  if (!row) throw new DomainError('settings.noParameters', { date }, 'date');
  return row;
}

export const settingsHandlers: Handlers<typeof settingsMethods> = {
  'settings.getEmployer': (_input, ctx) => loadEmployer(ctx),

  'settings.saveEmployer': (input, ctx) => {
    writeSetting(ctx, 'employer', input);
    ctx.audit({ entity: 'employer', detail: { ...input } });
    return loadEmployer(ctx);
  },

  'settings.getPreferences': (_input, ctx) => readSetting(ctx, 'preferences', preferences, preferenceDefaults),

  'settings.savePreferences': (input, ctx) => {
    writeSetting(ctx, 'preferences', input);
    ctx.audit({ entity: 'preferences', detail: { ...input } });
    return input;
  },

  'settings.listParameters': (_input, ctx) =>
    ctx.db.select().from(payParameters).orderBy(asc(payParameters.validFrom)).all(),

  'settings.parametersOn': ({ date }, ctx) => parametersOn(ctx, date),

  'settings.saveParameters': ({ id, ...values }, ctx) => {
    const overlap = ctx.db
      .select()
      .from(payParameters)
      .where(
        and(
          lte(payParameters.validFrom, values.validTo),
          gte(payParameters.validTo, values.validFrom),
          id === undefined ? undefined : ne(payParameters.id, id),
        ),
      )
      .get();
    if (overlap) {
      throw new DomainError(
        'settings.parametersOverlap',
        { from: overlap.validFrom, to: overlap.validTo },
        'validFrom',
      );
    }
    const stamp = ctx.timestamp();
    if (id === undefined) {
      const row = ctx.db
        .insert(payParameters)
        .values({ ...values, updatedAt: stamp })
        .returning()
        .get();
      ctx.audit({ entity: 'payParameters', entityId: row.id, detail: { created: values } });
      return row;
    }
    const before = ctx.db.select().from(payParameters).where(eq(payParameters.id, id)).get();
    if (!before) throw notFound('id');
    const row = ctx.db
      .update(payParameters)
      .set({ ...values, updatedAt: stamp })
      .where(eq(payParameters.id, id))
      .returning()
      .get();
    if (!row) throw notFound('id');
    ctx.audit({ entity: 'payParameters', entityId: id, detail: { before, after: values } });
    return row;
  },

  'settings.deleteParameters': ({ id }, ctx) => {
    const before = ctx.db.select().from(payParameters).where(eq(payParameters.id, id)).get();
    if (!before) throw notFound('id');
    ctx.db.delete(payParameters).where(eq(payParameters.id, id)).run();
    ctx.audit({ entity: 'payParameters', entityId: id, detail: { deleted: before } });
    return { id };
  },
};
