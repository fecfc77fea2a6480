import path from 'node:path';
import { DomainError } from '../api/domain-error.js';
import type { Handlers, MaintenanceCtx } from '../api/handler.js';
import type { backupMethods } from '../contract/backups.js';
import { listBackups } from './listing.js';
import { backupRefusal, keysOf, makeBackup } from './making.js';
import { clearPrinted, printedFiles } from './printed.js';
import { restoreBackup, undoRestore } from './restore.js';
import { backupSettingsOf, loadBackupSettings, saveBackupSettings } from './settings.js';

/** A manual backup, as every door's "Back up now" makes it. */
export function backupNow(ctx: MaintenanceCtx) {
  if (!ctx.backupDir) throw new DomainError('system.backupUnavailable');
  try {
    return makeBackup(
      { sqlite: ctx.sqlite, backupDir: ctx.backupDir, keys: keysOf(ctx.keyring), now: ctx.now() },
      'manual',
    );
  } catch (error) {
    throw backupRefusal(error);
  }
}

export const backupHandlers: Handlers<typeof backupMethods> = {
  'backups.list': (_input, ctx) =>
    listBackups(ctx.backupDir, { secondFolder: backupSettingsOf(ctx.sqlite).secondFolder, keys: keysOf(ctx.keyring) }),
  'backups.create': (_input, ctx) => backupNow(ctx),
  'backups.restore': ({ name }, ctx) => restoreBackup(ctx, path.basename(name)),
  'backups.undoRestore': (_input, ctx) => undoRestore(ctx),
  'backups.getSettings': (_input, ctx) => loadBackupSettings(ctx),
  'backups.saveSettings': (input, ctx) => saveBackupSettings(ctx, input),
  'backups.printed': (_input, ctx) => ({
    folder: ctx.printedDir,
    files: ctx.printedDir
      ? printedFiles(ctx.printedDir).map(({ name, size, savedAt }) => ({ name, size, savedAt }))
      : [],
  }),
  'backups.clearPrinted': ({ olderThanDays }, ctx) => {
    if (!ctx.printedDir) throw new DomainError('backups.printedUnavailable');
    return { removed: clearPrinted(ctx.printedDir, ctx.now(), olderThanDays) };
  },
};
