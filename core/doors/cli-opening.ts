import path from 'node:path';
import { type BackupKeys, DatabaseFileError } from '../../db/open.js';
import { DomainError } from '../api/domain-error.js';
import { type Locale, translate } from '../contract/i18n.js';
import { openFailureText } from './failures.js';
import { expectationOf, recordedBackupFolders } from './record.js';
import { acceptRecovery, recoveryOffer } from './recovery.js';

export interface CliOpeningIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now?: () => Date;
  /** The app's record of opened data files (record.ts); without it only the folder beside the file is looked in. */
  record?: string;
  /** A yes/no question on the terminal; absent when no one is there to answer (a script, a pipe). */
  confirm?: (question: string) => Promise<boolean>;
}

/**
 * The command line on a data file it cannot open: the failure worded with
 * the file; where a good backup can stand in, the exact command that puts it
 * in place, or, at a terminal, the question whether to do it now. Answers the
 * exit code: 2 for a file that is simply not there (a mistyped path), else 1,
 * since the command asked for did not run either way.
 */
export async function cannotOpen(
  error: DatabaseFileError,
  keys: () => Promise<BackupKeys>,
  locale: Locale,
  io: CliOpeningIo,
): Promise<number> {
  const failure = lostPerRecord(error, io);
  io.stderr(`${openFailureText(failure, locale)}\n`);
  if (failure.code === 'system.databaseMissing' || failure.code === 'system.databaseEmpty') return 2;
  const folders = io.record ? recordedBackupFolders(io.record, failure.file) : [];
  const known = await quietly(keys);
  const offer = recoveryOffer(failure, known, folders);
  if (!offer) return 1;
  const name = path.basename(offer.backup);
  io.stderr(`${translate(locale, 'opening.backup.command', { name, file: failure.file })}\n`);
  if (!io.confirm || !(await io.confirm(translate(locale, 'opening.backup.confirm', { name })))) return 1;
  try {
    const outcome = acceptRecovery(offer, (io.now ?? (() => new Date()))(), known);
    io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    io.stderr(`${translate(locale, 'opening.backup.restoredRunAgain')}\n`);
  } catch (refusal) {
    if (!(refusal instanceof DomainError)) throw refusal;
    io.stderr(`${translate(locale, `errors.${refusal.code}`, refusal.params)} (${refusal.code})\n`);
  }
  return 1;
}

/** Missing or empty where the record says the file held data: lost, not a mistyped path. */
function lostPerRecord(error: DatabaseFileError, io: CliOpeningIo): DatabaseFileError {
  if (!io.record || (error.code !== 'system.databaseMissing' && error.code !== 'system.databaseEmpty')) return error;
  if (expectationOf(io.record, error.file, (text) => io.stderr(`${text}\n`)).kind === 'none') return error;
  return new DatabaseFileError('system.databaseLostRecorded', error.file, { cause: error });
}

/** The keys backups open with; none when the password is not to be had (the backups then cannot be checked). */
async function quietly(keys: () => Promise<BackupKeys>): Promise<BackupKeys> {
  try {
    return await keys();
  } catch {
    return [];
  }
}
