import fs from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * How the data file is encrypted (SQLite3 Multiple Ciphers, ChaCha20-Poly1305 per
 * page). The key is 32 random bytes, never a password, so the cipher's own
 * password stretching is turned down to one round: the slow derivation happens
 * once, in core/vault, when the password unwraps the key. These settings are
 * not stored in the file, so every connection must set the same ones.
 */
const cipherSettings = ["cipher = 'chacha20'", 'kdf_iter = 1'];

/**
 * The data keys of one data file, newest first. The newest encrypts the file;
 * the older ones open backups taken before a password change.
 */
export interface Keyring {
  current: Buffer;
  all: Buffer[];
}

/** A data key: 32 random bytes. */
export const dataKeyBytes = 32;

const plainHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Keys a fresh connection and proves the key by reading the schema. A wrong key
 * throws SQLITE_NOTADB before anything is written to the file.
 */
export function applyKey(sqlite: Database.Database, key: Buffer): void {
  for (const setting of cipherSettings) sqlite.pragma(setting);
  sqlite.pragma(`hexkey = '${hexOf(key)}'`);
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
}

/**
 * Encrypts the open file with a new key, or a plain file for the first time.
 * The cipher cannot re-key in WAL mode, so the journal is switched around it;
 * that needs the only connection to the file.
 */
export function rekey(sqlite: Database.Database, key: Buffer): void {
  const wal = String(sqlite.pragma('journal_mode', { simple: true })) === 'wal';
  if (wal) sqlite.pragma('journal_mode = DELETE');
  try {
    for (const setting of cipherSettings) sqlite.pragma(setting);
    sqlite.pragma(`hexrekey = '${hexOf(key)}'`);
  } finally {
    if (wal) sqlite.pragma('journal_mode = WAL');
  }
}

/** A plain SQLite file starts with its format's name; an encrypted one with random bytes. */
export function isPlainDatabase(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(plainHeader.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(plainHeader);
  } finally {
    fs.closeSync(fd);
  }
}

function hexOf(key: Buffer): string {
  if (key.length !== dataKeyBytes) throw new Error(`A data key has ${dataKeyBytes} bytes, not ${key.length}`);
  return key.toString('hex');
}
