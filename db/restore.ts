import fs from 'node:fs';

/** Files SQLite keeps beside the database; a copy of the main file alone can miss the WAL's writes. */
const companions = ['-wal', '-shm', '-journal'];

/**
 * Puts a backup in place of the (closed) database file. The backup is copied
 * beside the file and flushed first, then renamed over it in one step, so an
 * interruption leaves either the old file or the backup, never half of one.
 * The old file's WAL belongs to the old file and goes with it.
 */
export function replaceDatabaseFile(file: string, source: string): void {
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
    for (const suffix of companions) fs.rmSync(`${file}${suffix}`, { force: true });
    fs.renameSync(incoming, file);
  } finally {
    fs.rmSync(incoming, { force: true });
  }
}
