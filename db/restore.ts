import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, rekey } from './cipher.js';

/** Files SQLite keeps beside the database; a copy of the main file alone can miss the WAL's writes. */
const companions = ['-wal', '-shm', '-journal'];

/**
 * Puts a backup in place of the (closed) database file. The backup is copied
 * beside the file and flushed first, then renamed over it in one step, so an
 * interruption leaves either the old file or the backup, never half of one.
 * The old file's WAL belongs to the old file and goes with it. A backup
 * taken under an older key is re-keyed to the current one before it is put in.
 */
export function replaceDatabaseFile(file: string, source: string, keys?: { from: Buffer; to: Buffer }): void {
  const incoming = `${file}.restoring`;
  fs.rmSync(incoming, { force: true });
  try {
    fs.copyFileSync(source, incoming);
    const handle = fs.openSync(incoming, 'r+');
    try {
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    if (keys && !keys.from.equals(keys.to)) rekeyFile(incoming, keys.from, keys.to);
    for (const suffix of companions) fs.rmSync(`${file}${suffix}`, { force: true });
    fs.renameSync(incoming, file);
  } finally {
    fs.rmSync(incoming, { force: true });
  }
}

function rekeyFile(file: string, from: Buffer, to: Buffer): void {
  const connection = new Database(file, { fileMustExist: true });
  try {
    applyKey(connection, from);
    rekey(connection, to);
  } finally {
    connection.close();
  }
}
