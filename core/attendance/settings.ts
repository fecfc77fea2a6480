import { attendanceSettings, type AttendanceSettings, type attendanceMethods } from '../contract/attendance.js';
import type { Ctx } from '../api/context.js';
import type { Handlers } from '../api/handler.js';
import { parseSetting, settingBeforeSave, storedSetting, writeSetting } from '../settings/index.js';

export const attendanceSettingsKey = 'attendance';

/**
 * Defaults from the domain: the fitness items it names, late arrivals
 * admitted (the house rules say latecomers "may" be turned away), the centre's
 * usual jobs, and worked time as recorded.
 */
export const attendanceDefaults: AttendanceSettings = {
  fitnessItems: [
    {
      cs: 'Není pod vlivem návykových látek v míře, která by ohrožovala bezpečnou práci',
      en: 'Not intoxicated to a degree that makes work unsafe',
    },
    { cs: 'Je schopen/schopna komunikovat', en: 'Able to communicate' },
    { cs: 'Má vhodné oblečení a obuv', en: 'Suitable clothes and shoes' },
    { cs: 'Nemá akutní zranění', en: 'No acute injury' },
  ],
  lateGraceMinutes: 10,
  latePolicy: 'admit',
  tasks: [
    { cs: 'Úklid centra', en: 'Cleaning the centre', young: true },
    { cs: 'Příprava harm-reduction materiálu', en: 'Preparing harm-reduction material', young: false },
    { cs: 'Úklid okolí centra', en: 'Cleaning around the centre', young: true },
    { cs: 'Drobné práce a opravy', en: 'Small jobs and repairs', young: false },
  ],
  roundingMinutes: 0,
};

/** The last stored JSON and what it parsed to: every arrival reads the settings. */
let parsed: { json: string | undefined; value: AttendanceSettings } | null = null;

/**
 * The desk's rules as stored, over the defaults; a damaged value is refused
 * (see parseSetting). The parse is kept while the stored text is the same;
 * callers never change it.
 */
export function loadAttendanceSettings(ctx: Ctx): AttendanceSettings {
  const json = storedSetting(ctx, attendanceSettingsKey);
  if (parsed && parsed.json === json) return parsed.value;
  const value = Object.freeze(parseSetting(ctx, attendanceSettingsKey, json, attendanceSettings, attendanceDefaults));
  parsed = { json, value };
  return value;
}

type SettingsMethods = Pick<typeof attendanceMethods, 'attendance.getSettings' | 'attendance.saveSettings'>;

export const attendanceSettingsHandlers: Handlers<SettingsMethods> = {
  'attendance.getSettings': (_input, ctx) => loadAttendanceSettings(ctx),

  'attendance.saveSettings': (input, ctx) => {
    const before = settingBeforeSave(ctx, attendanceSettingsKey, attendanceSettings, attendanceDefaults);
    writeSetting(ctx, attendanceSettingsKey, input);
    ctx.audit({ entity: 'attendanceSettings', detail: { before, after: input } });
    return input;
  },
};
