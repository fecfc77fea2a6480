import fs from 'node:fs';

/**
 * The data folder and its files are for the coordinator's own account only
 * (0700 and 0600). Windows keeps the profile folder private by itself and has
 * no such bits, so nothing is done there.
 */
const posix = process.platform !== 'win32';

/** Creates a folder (and its missing parents) that only its owner may enter. */
export function makePrivateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, ...(posix ? { mode: 0o700 } : {}) });
}

/** Limits an existing file to its owner; SQLite gives its -wal and -shm files the same bits. */
export function makePrivateFile(file: string): void {
  if (posix) fs.chmodSync(file, 0o600);
}
