import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseFileError, encryptPlainFile, isPlainDatabase, type Keyring, rekey } from '../../db/open.js';
import type { Dispatcher } from '../api/dispatcher.js';
import { DomainError } from '../api/domain-error.js';
import type { VaultState } from '../contract/vault.js';
import {
  createKeyFile,
  idleLockMinutesOf,
  type KdfParams,
  keyFilePath,
  newKeyring,
  rewriteKeyFile,
  saveIdleLockMinutes,
  unlockWithPassword,
  unlockWithRecoveryKey,
  withNewKey,
} from './keyring.js';

/** What a door opens once the key is known: the runtime (core/doors/runtime.ts) fits. */
export interface OpenedData {
  dispatcher: Dispatcher;
  database: { sqlite: Database.Database; file: string };
  close(): void;
}

export interface LockOptions<T extends OpenedData = OpenedData> {
  dataFile: string;
  /** Opens the data file with its key (and hands the dispatcher the whole keyring for backups). */
  open(key: Buffer, keyring: () => Keyring | null): T;
  /** The clock of the idle lock (milliseconds). */
  clock?: () => number;
  /** scrypt cost for a new key file (tests use a cheap one). */
  kdf?: KdfParams;
  /** The backups folder: plain backups from before encryption are encrypted too. */
  backupDir?: string;
}

export interface Lock<T extends OpenedData = OpenedData> {
  readonly keyFile: string;
  state(): VaultState;
  idleLockMinutes(): number;
  /** Counts as use (a call, a key press in the page); answers the state after the idle check. */
  touch(active: boolean): VaultState;
  /** The first password: creates the key file and the encrypted data file, or encrypts plain data. Answers the recovery key. */
  setup(password: string): Promise<string>;
  unlock(password: string): Promise<void>;
  recover(recoveryKey: string, newPassword: string): Promise<void>;
  changePassword(password: string, newPassword: string): Promise<void>;
  saveIdleLock(minutes: number): void;
  lock(): void;
  /** The open data, whether locked or not (the desktop app's backup on quit); null before the first unlock. */
  opened(): T | null;
  keyring(): Keyring | null;
  close(): void;
}

/**
 * The lock in front of the data. The data file is opened only with the key the
 * password (or the recovery key) unwraps; once open it stays open while locked,
 * so backups on quit still run, but no door passes a call through (see gate.ts).
 */
export function createLock<T extends OpenedData>(options: LockOptions<T>): Lock<T> {
  const keyFile = keyFilePath(options.dataFile);
  const clock = options.clock ?? (() => Date.now());
  let state: VaultState = initialState(options.dataFile, keyFile);
  let keyring: Keyring | null = null;
  let data: T | null = null;
  let lastUse = clock();
  let idleMinutes = state === 'locked' ? idleLockMinutesOf(keyFile) : 0;

  function openWith(ring: Keyring): void {
    keyring = ring;
    if (data) return;
    // A key file with a plain data file beside it: an encryption that was interrupted; finish it.
    if (isPlainDatabase(options.dataFile)) encryptPlainFile(options.dataFile, ring.current);
    data = openWithAnyKey(options, ring, () => keyring);
    if (options.backupDir) encryptPlainBackups(options.backupDir, ring.current);
  }

  function unlocked(): void {
    state = 'unlocked';
    lastUse = clock();
  }

  async function newPassword(ring: Keyring, password: string): Promise<void> {
    const next = withNewKey(ring);
    const before = fs.readFileSync(keyFile);
    // The key file first: until the file is re-keyed, its old key is still in the new keyring.
    await rewriteKeyFile(keyFile, next, password);
    try {
      if (data) rekey(data.database.sqlite, next.current);
    } catch (error) {
      fs.writeFileSync(keyFile, before, { mode: 0o600 });
      throw error;
    }
    keyring = next;
  }

  return {
    keyFile,
    state: () => state,
    idleLockMinutes: () => idleMinutes,
    touch(active) {
      if (state === 'unlocked' && idleMinutes > 0 && clock() - lastUse > idleMinutes * 60_000) state = 'locked';
      if (active && state === 'unlocked') lastUse = clock();
      return state;
    },
    async setup(password) {
      if (state !== 'new' && state !== 'plain') throw new DomainError('vault.alreadySetUp');
      const ring = newKeyring();
      const recoveryKey = await createKeyFile(keyFile, ring, password, options.kdf ? { kdf: options.kdf } : {});
      idleMinutes = idleLockMinutesOf(keyFile);
      try {
        openWith(ring);
      } catch (error) {
        // Nothing encrypted with the key yet: the key file goes, and setup can be tried again.
        if (!data && (state === 'new' || isPlainDatabase(options.dataFile))) fs.rmSync(keyFile, { force: true });
        throw error;
      }
      unlocked();
      return recoveryKey;
    },
    async unlock(password) {
      if (state === 'new' || state === 'plain') throw new DomainError('vault.notSetUp');
      openWith(await unlockWithPassword(keyFile, password));
      unlocked();
    },
    async recover(recoveryKey, password) {
      if (state === 'new' || state === 'plain') throw new DomainError('vault.notSetUp');
      const ring = unlockWithRecoveryKey(keyFile, recoveryKey);
      openWith(ring);
      await newPassword(ring, password);
      unlocked();
    },
    async changePassword(password, next) {
      if (state !== 'unlocked') throw new DomainError('vault.locked');
      if (password === next) throw new DomainError('vault.samePassword', {}, 'newPassword');
      await newPassword(await unlockWithPassword(keyFile, password), next);
      lastUse = clock();
    },
    saveIdleLock(minutes) {
      if (state !== 'unlocked') throw new DomainError('vault.locked');
      saveIdleLockMinutes(keyFile, minutes);
      idleMinutes = minutes;
    },
    lock() {
      if (state === 'unlocked') state = 'locked';
    },
    opened: () => data,
    keyring: () => keyring,
    close() {
      data?.close();
      data = null;
    },
  };
}

/**
 * Where the data stands before anything is opened. An encrypted file without
 * its key file cannot be opened by anyone: that stops the start with a clear
 * message rather than offering to set up a new, empty database over it.
 */
function initialState(dataFile: string, keyFile: string): VaultState {
  if (fs.existsSync(keyFile)) return 'locked';
  const size = fs.statSync(dataFile, { throwIfNoEntry: false })?.size ?? 0;
  if (size === 0) return 'new';
  if (isPlainDatabase(dataFile)) return 'plain';
  // Encrypted pages come in whole 512-byte multiples; anything else was never a database.
  if (size % 512 !== 0) throw new DatabaseFileError('system.notADatabase', path.resolve(dataFile));
  throw new DomainError('vault.keyFileMissing', { file: dataFile, keyFile });
}

/**
 * The current key opens the file, unless a re-keying was interrupted: then an
 * older key of the ring does, and the file is re-keyed to the current one.
 */
function openWithAnyKey<T extends OpenedData>(
  options: LockOptions<T>,
  ring: Keyring,
  keyring: () => Keyring | null,
): T {
  let lastError: unknown = null;
  for (const key of ring.all) {
    try {
      const opened = options.open(key, keyring);
      if (key !== ring.current) rekey(opened.database.sqlite, ring.current);
      return opened;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'vault.wrongKey') throw error;
      lastError = error;
    }
  }
  throw lastError;
}

/** Backups taken before the data was encrypted would still show every name: each is encrypted the same way. */
function encryptPlainBackups(dir: string, key: Buffer): void {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.endsWith('.sqlite') && isPlainDatabase(file)) encryptPlainFile(file, key);
  }
}
