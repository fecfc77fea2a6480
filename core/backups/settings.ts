import type Database from 'better-sqlite3-multiple-ciphers';
import type { Ctx } from '../api/context.js';
import { backupSettings, type BackupSettings } from '../contract/backups.js';
import { readSetting, settingBeforeSave, writeSetting } from '../settings/index.js';

export const backupSettingsKey = 'backups';
const defaults: BackupSettings = { secondFolder: null, printedKeepDays: null };

export function loadBackupSettings(ctx: Ctx): BackupSettings {
  return readSetting(ctx, backupSettingsKey, backupSettings, defaults);
}

export function saveBackupSettings(ctx: Ctx, input: BackupSettings): BackupSettings {
  const before = settingBeforeSave(ctx, backupSettingsKey, backupSettings, defaults);
  writeSetting(ctx, backupSettingsKey, input);
  ctx.audit({ entity: backupSettingsKey, detail: { before, after: input } });
  return input;
}

/**
 * The settings as a backup outside any call reads them (at quit, daily): a
 * stored value that cannot be read must not stop the backup itself, so the
 * defaults stand in (the settings screen refuses it by name).
 */
export function backupSettingsOf(sqlite: Database.Database): BackupSettings {
  try {
    const json = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(backupSettingsKey);
    if (typeof json !== 'string') return defaults;
    const parsed = backupSettings.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : defaults;
  } catch {
    return defaults;
  }
}
