import path from 'node:path';
import { openRuntime } from '../../../core/doors/runtime.js';
import { createGate, createLock, type Gate } from '../../../core/vault/index.js';
import { fontsDir, migrationsFolder } from '../../helpers/db.js';
import { testKdf, testPassword } from '../../helpers/vault.js';

export const password = testPassword;

/** The lock and gate a door builds, on a data file in `dir`. */
export function vaultAt(dir: string, options: { clock?: () => number } = {}): Gate {
  const dataFile = path.join(dir, 'shiftbook.sqlite');
  const lock = createLock({
    dataFile,
    kdf: testKdf,
    backupDir: path.join(dir, 'backups'),
    ...(options.clock ? { clock: options.clock } : {}),
    open: (key, keyring) =>
      openRuntime({ dataFile, migrationsFolder, fontsDir, version: 'test', actor: 'test', key, keyring }),
  });
  return createGate(lock, () => {});
}

/** Unwraps a gate answer, failing with the error otherwise. */
export async function ok(gate: Gate, method: string, input: unknown = {}): Promise<Record<string, unknown>> {
  const result = await gate.run(method, input, { locale: 'en' });
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as Record<string, unknown>;
}
