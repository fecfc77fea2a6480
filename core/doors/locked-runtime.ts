import { createGate, createLock, type Gate } from '../vault/index.js';
import { backupDirOf, openRuntime, type Runtime, type RuntimeOptions } from './runtime.js';

/**
 * The data file behind its lock, as browser mode and the desktop app open it:
 * nothing is read until the password is given, at start from
 * SHIFTBOOK_PASSWORD (scripts, tests) or on the unlock screen. A wrong password
 * from the environment stops the start (failures.ts words it).
 */
export async function openLockedRuntime(options: RuntimeOptions, env: NodeJS.ProcessEnv = {}): Promise<Gate<Runtime>> {
  const lock = createLock({
    dataFile: options.dataFile,
    backupDir: backupDirOf(options.dataFile),
    open: (key, keyring) => openRuntime({ ...options, key, keyring }),
  });
  const password = env.SHIFTBOOK_PASSWORD;
  if (password !== undefined && lock.state() === 'locked') {
    try {
      await lock.unlock(password);
    } catch (error) {
      lock.close();
      throw error;
    }
  }
  return createGate(lock);
}
