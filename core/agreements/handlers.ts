import { eq } from 'drizzle-orm';
import { clients } from '../../db/schema/index.js';
import type { agreementMethods } from '../contract/agreements/methods.js';
import type { Handlers } from '../api/handler.js';
import { notFound } from '../api/domain-error.js';
import { loadEmployer, settingBeforeSave, writeSetting } from '../settings/index.js';
import { amendmentHandlers } from './amendments.js';
import { endingHandlers } from './ending.js';
import { lifecycleHandlers } from './lifecycle.js';
import { minimumToMeet } from './limits.js';
import { printHandlers } from './printing.js';
import { countAgreements, loadAgreement, registerFilter, summaries } from './rows.js';
import { parameterPeriods, parametersFor } from './rules.js';
import { agreementSettings } from '../contract/agreements/settings.js';
import {
  agreementSettingsDefaults,
  agreementSettingsKey,
  agreementTexts,
  employerAddress,
  loadAgreementSettings,
} from './settings.js';
import { watchLists } from './watch.js';

/** Every use case of agreements, keyed by method name. */
export const agreementHandlers: Handlers<typeof agreementMethods> = {
  'agreements.list': ({ query, clientId, states, limit, offset }, ctx) => {
    const where = registerFilter(ctx, { query, clientId, states });
    return { items: summaries(ctx, where, { limit, offset }), total: countAgreements(ctx, where) };
  },

  'agreements.get': ({ id }, ctx) => loadAgreement(ctx, id),

  'agreements.draftDefaults': ({ clientId, validFrom }, ctx) => {
    const client = ctx.db.select({ birthDate: clients.birthDate }).from(clients).where(eq(clients.id, clientId)).get();
    if (!client) throw notFound('clientId');
    const from = validFrom ?? ctx.today();
    const parameters = parametersFor(ctx, from, 'validFrom');
    const settings = loadAgreementSettings(ctx);
    // The caller's language: an agreement drawn up in English gets the English texts.
    const texts = agreementTexts(settings, ctx.locale);
    const employer = loadEmployer(ctx);
    // Open-ended, so the pay must reach every minimum entered from the first day on.
    const minimum = minimumToMeet(parameterPeriods(ctx), from, null) ?? {
      hourly: parameters.minWageHourly,
      from: parameters.validFrom,
    };
    const hourlyRate = minimum.hourly;
    return {
      input: {
        clientId,
        kind: 'dpc' as const,
        validFrom: from,
        validTo: null,
        workDescription: texts.workDescription,
        workplace: settings.workplace ?? employerAddress(employer),
        weeklyMinutes: Math.min(settings.weeklyMinutes, parameters.maxAverageWeeklyMinutes),
        hourlyRate,
        advanceShareBp: settings.advanceShareBp,
        payday: employer.payday,
        noticeDays: parameters.noticePeriodDays,
        scheduleNoticeDays: parameters.scheduleNoticeDays,
        noticeTerms: texts.noticeTerms,
        schoolingConfirmed: false,
      },
      client: { birthDate: client.birthDate, minimumWorkAge: parameters.minimumWorkAge, adultAge: parameters.adultAge },
      minWageHourly: minimum.hourly,
      minWageFrom: minimum.from,
      maxAverageWeeklyMinutes: parameters.maxAverageWeeklyMinutes,
      employer: { complete: employer.complete, missing: employer.missing },
    };
  },

  'agreements.watch': (_input, ctx) => watchLists(ctx),

  'agreements.getSettings': (_input, ctx) => loadAgreementSettings(ctx),

  'agreements.saveSettings': (input, ctx) => {
    const before = settingBeforeSave(ctx, agreementSettingsKey, agreementSettings, agreementSettingsDefaults);
    writeSetting(ctx, agreementSettingsKey, input);
    const changes = Object.fromEntries(
      Object.entries(input)
        .filter(([key, value]) => before?.[key as keyof typeof before] !== value)
        .map(([key, value]) => [key, { from: before?.[key as keyof typeof before] ?? null, to: value }]),
    );
    ctx.audit({ entity: 'agreementSettings', detail: { changes } });
    return loadAgreementSettings(ctx);
  },

  ...lifecycleHandlers,
  ...endingHandlers,
  ...amendmentHandlers,
  ...printHandlers,
};
