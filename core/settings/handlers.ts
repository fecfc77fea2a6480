import { and, asc, eq, gte, lte, ne } from 'drizzle-orm';
import { payParameters } from '../../db/schema/index.js';
import type { Preferences } from '../contract/settings.js';
import { preferences, type settingsMethods } from '../contract/settings.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { loadEmployer } from './employer.js';
import { coordinatorKey, loadCoordinatorName } from './coordinator.js';
import { parametersOn, yearTurn } from './parameters.js';
import { readSetting, writeSetting } from './store.js';

const preferenceDefaults: Preferences = { language: 'cs' };

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

  'settings.getCoordinator': (_input, ctx) => ({ coordinatorName: loadCoordinatorName(ctx) }),

  'settings.saveCoordinator': (input, ctx) => {
    writeSetting(ctx, coordinatorKey, input);
    ctx.audit({ entity: 'coordinator', detail: { ...input } });
    return input;
  },

  'settings.yearTurn': (_input, ctx) => yearTurn(ctx),

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
      ctx.audit({ entity: 'payParameters', entityId: row.id });
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
    ctx.audit({ entity: 'payParameters', entityId: id });
    return row;
  },

  'settings.deleteParameters': ({ id }, ctx) => {
    const before = ctx.db.select().from(payParameters).where(eq(payParameters.id, id)).get();
    if (!before) throw notFound('id');
    ctx.db.delete(payParameters).where(eq(payParameters.id, id)).run();
    ctx.audit({ entity: 'payParameters', entityId: id, detail: { deleted: true } });
    return { id };
  },
};
