import fs from 'node:fs';
import { DatabaseFileError } from '../../db/open.js';
import { DomainError } from '../api/domain-error.js';
import type { Locale } from '../contract/i18n.js';
import { createGate, createLock, type KdfParams } from '../vault/index.js';
import { backupDirOf, openRuntime, type Runtime, type RuntimeOptions } from './runtime.js';

export interface CliKeys {
  /**
   * The password: from SHIFTBOOK_PASSWORD, else asked on the terminal (twice for
   * a new one); null when neither can give it (a script without the variable).
   */
  password(purpose: 'unlock' | 'new', locale: Locale): Promise<{ password: string; again: string } | null>;
  /** scrypt cost of a new key file (tests use a cheap one). */
  kdf?: KdfParams;
}

/** A refusal already worded for the user (the lock's translated error). */
export class CliRefusal extends Error {}

/**
 * Opens the data file for one command, through the same lock as the other
 * doors: an encrypted file only with its password, a plain one (from before
 * encryption) not at all. `create` lets init, demo and generate set the first
 * password on a new file; the recovery key is answered to be printed once.
 */
export async function openWithPassword(
  options: RuntimeOptions,
  keys: CliKeys,
  locale: Locale,
  create: boolean,
): Promise<{ runtime: Runtime; recoveryKey: string | null }> {
  // The file's own refusal (lost, damaged…) after a right password: the door words it with what to do.
  let fileError: DatabaseFileError | null = null;
  const lock = createLock({
    dataFile: options.dataFile,
    backupDir: backupDirOf(options.dataFile),
    ...(keys.kdf ? { kdf: keys.kdf } : {}),
    open: (key, keyring) => {
      try {
        return openRuntime({ ...options, key, keyring });
      } catch (error) {
        if (error instanceof DatabaseFileError) fileError = error;
        throw error;
      }
    },
  });
  const gate = createGate(lock);
  const state = lock.state();
  if (state === 'plain') throw new DomainError('vault.plainDatabase', { file: options.dataFile });
  if (state === 'new' && !create) {
    const missing = !fs.existsSync(options.dataFile);
    throw new DatabaseFileError(missing ? 'system.databaseMissing' : 'system.databaseEmpty', options.dataFile);
  }
  const given = await keys.password(state === 'new' ? 'new' : 'unlock', locale);
  if (given === null) throw new DomainError('vault.passwordNeeded');
  const result =
    state === 'new'
      ? await gate.run('vault.setup', { password: given.password, passwordAgain: given.again }, { locale })
      : await gate.run('vault.unlock', { password: given.password }, { locale });
  if (!result.ok) {
    lock.close();
    throw fileError ?? new CliRefusal(result.error.message);
  }
  const opened = lock.opened();
  if (!opened) throw new Error('The lock opened no data');
  const recoveryKey = state === 'new' ? (result.value as { recoveryKey: string }).recoveryKey : null;
  return { runtime: opened, recoveryKey };
}
