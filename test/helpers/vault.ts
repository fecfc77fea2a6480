import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../../db/open.js';
import type { CliKeys } from '../../core/doors/cli-vault.js';
import {
  createKeyFile,
  type KdfParams,
  keyFilePath,
  newKeyring,
  unlockWithPasswordSync,
} from '../../core/vault/index.js';

/** A cheap scrypt for tests: the real cost is a property of the key file, read back from it. */
export const testKdf: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

export const testPassword = 'kočka leze dírou';

/** The command line's password source in tests: SHIFTBOOK_PASSWORD as a script would set it. */
export const cliKeys: CliKeys = {
  password: () => Promise.resolve({ password: testPassword, again: testPassword }),
  kdf: testKdf,
};

/** The environment a spawned door needs to open test files. */
export const passwordEnv = { SHIFTBOOK_PASSWORD: testPassword };

/**
 * Opens a data file (or its backup) by hand, as the tests read one back: with
 * the key the test password unwraps when a key file lies beside it, plain otherwise.
 */
export function openTestFile(file: string, keyFile = keyFilePath(file), options: Database.Options = {}) {
  const db = new Database(file, { fileMustExist: true, ...options });
  if (fs.existsSync(keyFile)) {
    try {
      applyKey(db, unlockWithPasswordSync(keyFile, testPassword).current);
    } catch (error) {
      db.close();
      throw error;
    }
  }
  return db;
}

/** A key file for a data file the test then creates itself (testApp({ file, key })), as setup would. */
export async function newTestKey(file: string): Promise<Buffer> {
  const keyring = newKeyring();
  await createKeyFile(keyFilePath(file), keyring, testPassword, { kdf: testKdf });
  return keyring.current;
}

/** What the command line prints once after creating a database. */
export const recoveryKeyLines = /(Klíč pro obnovení|Recovery key) — .*\n {2}([0-9A-Z]{5}-){10}[0-9A-Z]{5}\n$/;
