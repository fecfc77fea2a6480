import { DatabaseFileError, EncryptionRefused, MigrationError } from '../../db/open.js';
import { type CallOptions, fail, type Failure, invalidInput } from '../api/dispatcher.js';
import { DomainError } from '../api/domain-error.js';
import type { ApiResult } from '../contract/errors.js';
import { defaultLocale, type Locale } from '../contract/i18n.js';
import { isVaultMethodName, type VaultMethodName, vaultMethods } from '../contract/vault.js';
import type { Lock, OpenedData } from './lock.js';

/** What every door calls: the lock's own methods, and the API once unlocked. */
export interface Gate<T extends OpenedData = OpenedData> {
  run(method: string, input: unknown, options?: CallOptions): Promise<ApiResult<unknown>>;
  readonly lock: Lock<T>;
}

/**
 * The one place a door passes through. While the data is locked (or not set
 * up yet) every method but the lock's own is refused with `vault.locked`; the
 * idle time is checked on each call, and each call counts as use.
 */
export function createGate<T extends OpenedData>(
  lock: Lock<T>,
  report: (error: unknown) => void = (e) => console.error(e),
): Gate<T> {
  // One lock operation at a time: two unlocks (or an unlock and a password change) must not interleave.
  let busy: Promise<unknown> = Promise.resolve();

  async function vaultCall(name: VaultMethodName, input: unknown, locale: Locale): Promise<ApiResult<unknown>> {
    const parsed = vaultMethods[name].input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) return fail(locale, invalidInput(locale, parsed.error.issues));
    const work = busy.then(() => answer(name, parsed.data as Record<string, unknown>));
    busy = work.catch(() => undefined);
    try {
      return { ok: true, value: await work };
    } catch (error) {
      return refusal(locale, error, report);
    }
  }

  async function answer(name: VaultMethodName, input: Record<string, unknown>): Promise<unknown> {
    const text = (field: string) => {
      const value = input[field];
      return typeof value === 'string' ? value : '';
    };
    const status = () => ({ state: lock.touch(false), idleLockMinutes: lock.idleLockMinutes() });
    const sameTwice = (field: string) => {
      if (text(field) !== text('passwordAgain')) throw new DomainError('vault.passwordsDiffer', {}, 'passwordAgain');
    };
    switch (name) {
      case 'vault.status':
        lock.touch(input.active === true);
        return status();
      case 'vault.setup':
        sameTwice('password');
        return { recoveryKey: await lock.setup(text('password')) };
      case 'vault.unlock':
        await lock.unlock(text('password'));
        return status();
      case 'vault.recover':
        sameTwice('newPassword');
        await lock.recover(text('recoveryKey'), text('newPassword'));
        return status();
      case 'vault.lock':
        lock.lock();
        return status();
      case 'vault.changePassword':
        sameTwice('newPassword');
        await lock.changePassword(text('password'), text('newPassword'));
        return status();
      case 'vault.saveIdleLock':
        lock.saveIdleLock(Number(input.idleLockMinutes));
        return status();
    }
  }

  return {
    lock,
    async run(method, input, options = {}) {
      const locale = options.locale ?? defaultLocale;
      if (isVaultMethodName(method)) return vaultCall(method, input, locale);
      const opened = lock.opened();
      if (lock.touch(true) !== 'unlocked' || !opened) return fail(locale, { code: 'vault.locked', params: {} });
      return opened.dispatcher.run(method, input, options);
    },
  };
}

function refusal(locale: Locale, error: unknown, report: (error: unknown) => void): Failure {
  if (error instanceof DomainError) return fail(locale, { code: error.code, params: error.params, field: error.field });
  // Opening the data after the password was right can still fail; each says which file and what to do.
  if (error instanceof DatabaseFileError) return fail(locale, { code: error.code, params: { file: error.file } });
  if (error instanceof MigrationError) return fail(locale, { code: error.code, params: error.detail });
  report(error);
  if (error instanceof EncryptionRefused) {
    return fail(locale, { code: 'vault.conversionFailed', params: { reason: error.message } });
  }
  return fail(locale, { code: 'internal', params: {} });
}
