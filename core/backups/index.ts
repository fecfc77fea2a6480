/**
 * What the doors use from backups: a backup made outside any call (at quit,
 * daily, before a restore), the cleaning of old printed documents, and the
 * settings a backup outside a call reads.
 */
export { backupNow } from './handlers.js';
export { listBackups, type BackupListing } from './listing.js';
export { makeBackup, type BackupOutcome, type BackupTarget } from './making.js';
export { clearPrinted } from './printed.js';
export { restoreUnopened } from './restore.js';
export { backupSettingsOf } from './settings.js';
