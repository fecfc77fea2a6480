import path from 'node:path';
import { openRuntime } from '../../../core/doors/runtime.js';
import { createGate, createLock, type Gate, type KdfParams } from '../../../core/vault/index.js';
import { fontsDir, migrationsFolder } from '../../helpers/db.js';

/** A cheap scrypt for tests: the real cost is a property of the key file, read back from it. */
export const testKdf: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

export const password = 'kočka leze dírou';

/** The lock and gate a door builds, on a data file in `dir`. */
export function vaultAt(dir: string, options: { clock?: () => number } = {}): Gate {
  const dataFile = path.join(dir, 'shiftbook.sqlite');
  const lock = createLock({
    dataFile,
    kdf: testKdf,
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
