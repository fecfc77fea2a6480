import { z } from 'zod';
import { method } from './method.js';

/** Passwords are taken exactly as typed: spaces count, nothing is trimmed. */
export const passwordMinLength = 8;
const password = z.string().min(1, 'validation.required').max(200);
const newPassword = z.string().min(passwordMinLength).max(200);

/** How long the app may stay untouched before it locks itself; 0 never. */
export const idleLockMinutes = z.number().int().min(0).max(240);

/**
 * - `new`: no data yet; a password is set before anything is stored.
 * - `plain`: data from before encryption; setting a password encrypts it.
 * - `locked`, `unlocked`: as they say.
 */
export const vaultState = z.enum(['new', 'plain', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultState>;

const status = z.object({ state: vaultState, idleLockMinutes });

/**
 * The lock in front of the API. These are answered by the door's lock, not
 * the dispatcher: while locked they are all a door answers.
 */
export const vaultMethods = {
  'vault.status': method({
    summary: 'Whether the data is locked, and the idle time after which it locks; active=true counts as use.',
    kind: 'maintenance',
    input: z.strictObject({ active: z.boolean().optional() }),
    output: status,
  }),
  'vault.setup': method({
    summary: 'Set the first password (encrypting existing data); answers the one-time recovery key.',
    kind: 'maintenance',
    input: z.strictObject({ password: newPassword, passwordAgain: z.string().max(200) }),
    output: z.object({ recoveryKey: z.string() }),
  }),
  'vault.unlock': method({
    summary: 'Unlock with the password.',
    kind: 'maintenance',
    input: z.strictObject({ password }),
    output: status,
  }),
  'vault.recover': method({
    summary: 'Unlock with the recovery key and set a new password.',
    kind: 'maintenance',
    input: z.strictObject({
      recoveryKey: z.string().min(1, 'validation.required').max(200),
      newPassword,
      passwordAgain: z.string().max(200),
    }),
    output: status,
  }),
  'vault.lock': method({
    summary: 'Lock now.',
    kind: 'maintenance',
    input: z.strictObject({}),
    output: status,
  }),
  'vault.changePassword': method({
    summary: 'Change the password; the data file is encrypted again with a new key.',
    kind: 'maintenance',
    input: z.strictObject({ password, newPassword, passwordAgain: z.string().max(200) }),
    output: status,
  }),
  'vault.saveIdleLock': method({
    summary: 'Set the idle time after which the app locks itself (minutes, 0 never).',
    kind: 'maintenance',
    input: z.strictObject({ idleLockMinutes }),
    output: status,
  }),
};

export type VaultMethods = typeof vaultMethods;
export type VaultMethodName = Extract<keyof VaultMethods, string>;

export function isVaultMethodName(name: string): name is VaultMethodName {
  return Object.prototype.hasOwnProperty.call(vaultMethods, name);
}
