import { scheduleSettings, type ScheduleSettings, type scheduleMethods } from '../contract/schedule.js';
import type { Ctx } from '../api/context.js';
import type { Handlers } from '../api/handler.js';
import { parseSetting, settingBeforeSave, storedSetting, writeSetting } from '../settings/index.js';

export const scheduleSettingsKey = 'schedule';

/**
 * Defaults from the domain: one shift a week, three weeks open ahead, a
 * month's fairness window; three no-shows within eight weeks block sign-up
 * for four weeks.
 */
export const scheduleDefaults: ScheduleSettings = {
  weeklyLimit: 1,
  weeksAhead: 3,
  fairnessWeeks: 4,
  waitingLines: 3,
  noShowLimit: 3,
  noShowWeeks: 8,
  noShowBlockWeeks: 4,
  wallNames: 'full',
  houseRulesCs:
    'Přijďte včas – kdo přijde pozdě, nemusí být na směnu přijat. Přijďte ve stavu, který umožňuje bezpečnou práci. ' +
    'Na směnu se můžete zapsat jen jednou týdně. Když nemůžete přijít, odepište se co nejdřív, ať může přijít někdo z čekací listiny.',
  houseRulesEn:
    'Come on time – latecomers may not be admitted. Come fit to work safely. ' +
    'You can sign up for one shift a week. If you cannot come, cross yourself off early so someone from the waiting list can come.',
};

/** The last stored JSON and what it parsed to: every board and booking reads the settings. */
let parsed: { json: string | undefined; value: ScheduleSettings } | null = null;

/**
 * The sign-up rules as stored, over the defaults (see parseSetting). The
 * parse is kept while the stored text is the same; callers never change it.
 */
export function loadScheduleSettings(ctx: Ctx): ScheduleSettings {
  const json = storedSetting(ctx, scheduleSettingsKey);
  if (parsed && parsed.json === json) return parsed.value;
  const value = Object.freeze(parseSetting(ctx, scheduleSettingsKey, json, scheduleSettings, scheduleDefaults));
  parsed = { json, value };
  return value;
}

type SettingsMethods = Pick<typeof scheduleMethods, 'schedule.getSettings' | 'schedule.saveSettings'>;

export const scheduleSettingsHandlers: Handlers<SettingsMethods> = {
  'schedule.getSettings': (_input, ctx) => loadScheduleSettings(ctx),

  'schedule.saveSettings': (input, ctx) => {
    const before = settingBeforeSave(ctx, scheduleSettingsKey, scheduleSettings, scheduleDefaults);
    writeSetting(ctx, scheduleSettingsKey, input);
    ctx.audit({ entity: 'scheduleSettings', detail: { before, after: input } });
    return input;
  },
};
