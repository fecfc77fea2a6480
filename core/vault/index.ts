/**
 * What the doors (and maintenance such as backups) use from the vault: the lock
 * and its gate, the key file beside the data file, and the keyring that opens
 * the data file and its backups.
 */
export { createGate, type Gate } from './gate.js';
export {
  createKeyFile,
  defaultKdf,
  type KdfParams,
  keyFilePath,
  newKeyring,
  unlockWithPassword,
  unlockWithPasswordSync,
  unlockWithRecoveryKey,
} from './keyring.js';
export { createLock, type Lock, type LockOptions, type OpenedData } from './lock.js';
export type { Keyring } from '../../db/open.js';
