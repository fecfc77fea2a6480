import fs from 'node:fs';
import path from 'node:path';
import { type BackupKeys, DatabaseFileError, MigrationError } from '../../db/open.js';
import { backupMoment } from '../../db/backup.js';
import { contentsOf } from '../../db/retention.js';
import { type CallOptions, fail, invalidInput } from '../api/dispatcher.js';
import { DomainError } from '../api/domain-error.js';
import { timestampOf } from '../contract/dates.js';
import type { ApiResult } from '../contract/errors.js';
import { defaultLocale, type Locale, translate } from '../contract/i18n.js';
import { type OpenProblem, type OpenProblemKind, openingMethods } from '../contract/opening.js';
import { createGate, type Gate } from '../vault/index.js';
import { openFailureText } from './failures.js';
import { lockedData, type OpenRecord } from './locked-runtime.js';
import { recordedBackupFolders } from './record.js';
import { acceptRecovery, recoveryOffer } from './recovery.js';
import type { Runtime, RuntimeOptions } from './runtime.js';

/** A door standing in front of a data file that could not be opened, and the backup it offers. */
interface Problem {
  error: unknown;
  keys: BackupKeys;
  offer: { file: string; backup: string } | null;
}

export interface OpeningDoor {
  /** The lock's gate while the file is open; else only the opening methods are answered. */
  run(method: string, input: unknown, options?: CallOptions): Promise<ApiResult<unknown>>;
  /** The gate once the file opened; null while the door stands on a problem. */
  gate(): Gate<Runtime> | null;
  /** Why the file could not be opened; null once it is open. */
  failure(): unknown;
  close(): void;
}

/**
 * Browser mode's way in: the data file behind its lock, or, when it cannot be
 * opened (lost, damaged, a newer version, a wrong password from the
 * environment, a read-only or full disk), a door that answers only what the
 * screen in front of it needs: what happened (`system.openProblem`) and the
 * newest good backup put in place (`system.acceptRecovery`), after which the
 * file opens as usual. Errors no door can word are thrown, as before.
 */
export async function openDoor(
  options: RuntimeOptions,
  env: NodeJS.ProcessEnv,
  record?: OpenRecord,
  clock: () => Date = () => new Date(),
): Promise<OpeningDoor> {
  let gate: Gate<Runtime> | null = null;
  let problem: Problem | null = null;
  /** The last error the lock met opening the file (the gate answers only its code). */
  let openError: unknown = null;
  const otherFolders = () => (record ? recordedBackupFolders(record.file, options.dataFile) : []);

  function standOn(error: unknown, keys: BackupKeys): void {
    if (openFailureText(error, defaultLocale) === null) throw error;
    problem = { error, keys, offer: recoveryOffer(error, keys, otherFolders()) };
  }

  async function start(): Promise<void> {
    openError = null;
    let lock;
    try {
      lock = lockedData(options, record, (error) => (openError = error));
    } catch (error) {
      standOn(error, []);
      return;
    }
    const password = env.SHIFTBOOK_PASSWORD;
    if (password !== undefined && lock.state() === 'locked') {
      try {
        await lock.unlock(password);
      } catch (error) {
        const keys = lock.keyring()?.all ?? [];
        lock.close();
        standOn(error, keys);
        return;
      }
    }
    gate = createGate(lock);
  }

  async function accept(input: unknown, locale: Locale): Promise<ApiResult<unknown>> {
    if (!problem) return fail(locale, { code: 'system.nothingToRecover', params: {} });
    const parsed = openingMethods['system.acceptRecovery'].input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) return fail(locale, invalidInput(locale, parsed.error.issues));
    const { offer, keys } = problem;
    const name = parsed.data.name;
    if (!offer || path.basename(offer.backup) !== name) {
      return fail(locale, { code: 'system.offerChanged', params: { name }, field: 'name' });
    }
    let outcome;
    try {
      outcome = acceptRecovery(offer, clock(), keys);
    } catch (error) {
      if (error instanceof DomainError) return fail(locale, { code: error.code, params: error.params });
      console.error(error);
      return fail(locale, { code: 'internal', params: {} });
    }
    problem = null;
    // Opened again as at start: with the password from the environment, or on the unlock screen.
    await start();
    return { ok: true, value: outcome };
  }

  await start();
  return {
    async run(method, input, callOptions = {}) {
      const locale = callOptions.locale ?? defaultLocale;
      if (method === 'system.openProblem') {
        return { ok: true, value: problem ? describe(problem, options.dataFile, locale) : null };
      }
      if (method === 'system.acceptRecovery') return accept(input, locale);
      const current = gate;
      if (!current)
        return fail(locale, { code: 'system.cannotOpen', params: { file: path.resolve(options.dataFile) } });
      openError = null;
      const result = await current.run(method, input, callOptions);
      // The password was right but the file would not open: the screen takes over from the unlock screen.
      if (!result.ok && openError !== null && openFailureText(openError, defaultLocale) !== null) {
        const keys = current.lock.keyring()?.all ?? [];
        current.lock.close();
        gate = null;
        standOn(openError, keys);
        return fail(locale, { code: 'system.cannotOpen', params: { file: path.resolve(options.dataFile) } });
      }
      return result;
    },
    gate: () => gate,
    failure: () => problem?.error ?? null,
    close: () => gate?.lock.close(),
  };
}

function describe(problem: Problem, dataFile: string, locale: Locale): OpenProblem {
  const { error, offer, keys } = problem;
  const contents = offer ? contentsOf(offer.backup, keys) : null;
  const taken = offer ? backupMoment(path.basename(offer.backup)) : null;
  return {
    kind: kindOf(error),
    file: error instanceof DatabaseFileError ? error.file : path.resolve(dataFile),
    reason:
      openFailureText(error, locale) ??
      translate(locale, 'errors.system.cannotStart', { reason: error instanceof Error ? error.message : '' }),
    backup:
      offer && contents
        ? {
            name: path.basename(offer.backup),
            folder: path.dirname(offer.backup),
            takenAt: timestampOf(new Date(taken ?? fs.statSync(offer.backup).mtimeMs)),
            contents,
          }
        : null,
  };
}

const kinds: Record<string, OpenProblemKind> = {
  'system.databaseLost': 'lost',
  'system.databaseLostRecorded': 'lost',
  'system.databaseMissing': 'lost',
  'system.databaseEmpty': 'lost',
  'system.databaseDamaged': 'damaged',
  'system.notADatabase': 'notADatabase',
  // The password opened the key file, yet its key does not read the data file: damaged, or another file.
  'vault.wrongKey': 'notADatabase',
  'system.databaseReadOnly': 'readOnly',
  'system.diskFull': 'diskFull',
  migrationRefused: 'newerVersion',
  'vault.wrongPassword': 'wrongPassword',
  'vault.keyFileMissing': 'keyFileMissing',
};

/** Which screen tells the failure. */
export function kindOf(error: unknown): OpenProblemKind {
  const code =
    error instanceof DatabaseFileError || error instanceof MigrationError || error instanceof DomainError
      ? error.code
      : '';
  return kinds[code] ?? 'other';
}
