import path from 'node:path';
import { BackupError, DatabaseFileError, MigrationError } from '../../db/open.js';
import { DomainError } from '../api/domain-error.js';
import { type Locale, translate } from '../contract/i18n.js';

/**
 * A clear sentence, naming the file, for a database that cannot be opened
 * (missing, empty, not a database, busy, refused or failed migration); null for
 * any other error. Every door says these the same way, never with a stack trace.
 */
export function openFailureText(error: unknown, locale: Locale): string | null {
  if (error instanceof MigrationError) return translate(locale, `errors.${error.code}`, error.detail);
  if (error instanceof DatabaseFileError) {
    const backup = error.backup ?? '';
    return translate(locale, `errors.${error.code}`, { file: error.file, backup, backupName: path.basename(backup) });
  }
  // The lock's refusals at start: no key file, a wrong password, no password given.
  if (error instanceof DomainError && error.code.startsWith('vault.')) {
    return translate(locale, `errors.${error.code}`, error.params);
  }
  return null;
}

/**
 * What a door says when the app cannot start. The language preference lives in
 * the database that could not be opened, so both languages are given.
 */
export function startFailureText(error: unknown): string {
  return (['cs', 'en'] as const)
    .map(
      (locale) =>
        openFailureText(error, locale) ??
        translate(locale, 'errors.system.cannotStart', {
          reason: error instanceof Error ? error.message : String(error),
        }),
    )
    .join('\n\n');
}

/** What a door says when a backup outside any call (at quit, daily) was not made, in both languages. */
export function backupFailureText(error: unknown): string {
  return (['cs', 'en'] as const)
    .map((locale) =>
      error instanceof BackupError
        ? translate(locale, `errors.backups.${error.code}`, { folder: path.dirname(error.target) })
        : translate(locale, 'errors.internal'),
    )
    .join('\n');
}
