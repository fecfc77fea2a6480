import type { Ctx } from '../api/context.js';
import { privacySettings, type PrivacySettings } from '../contract/privacy.js';
import { readSetting, settingBeforeSave, writeSetting } from '../settings/index.js';

export const privacySettingsKey = 'privacy';

/**
 * A year after leaving: clients often come back within months, and their
 * agreements, bookings and history are wanted then. The centre may shorten it.
 */
export const privacyDefaults: PrivacySettings = { anonymiseAfterMonths: 12 };

export function loadPrivacySettings(ctx: Ctx): PrivacySettings {
  return readSetting(ctx, privacySettingsKey, privacySettings, privacyDefaults);
}

export function savePrivacySettings(ctx: Ctx, input: PrivacySettings): PrivacySettings {
  const before = settingBeforeSave(ctx, privacySettingsKey, privacySettings, privacyDefaults);
  writeSetting(ctx, privacySettingsKey, input);
  ctx.audit({ entity: 'privacySettings', detail: { before, after: input } });
  return input;
}

/** The same day `months` later, or the month's last day when it has no such day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
