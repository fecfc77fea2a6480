import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { integrityProblems } from './backup.js';
import { applyKey, rekey } from './cipher.js';
import { makePrivateFile } from './permissions.js';

/** Why a plain file was not encrypted; the original is left as it was. */
export class EncryptionRefused extends Error {
  override name = 'EncryptionRefused';
}

/**
 * Encrypts a plain SQLite file (the data file from before encryption, or one
 * of its backups) with a data key, without a moment in which the data exists
 * only half-written: a copy is made beside it (VACUUM INTO, the write-ahead log
 * folded in), encrypted, opened again with the key, integrity-checked and its
 * row counts compared with the original; only then is it renamed over the
 * original. Interrupted at any point, the original is still there and whole.
 * Nobody else may have the file open.
 */
export function encryptPlainFile(file: string, key: Buffer): void {
  const copy = `${file}.encrypting`;
  fs.rmSync(copy, { force: true });
  const counts = plainCopy(file, copy);
  // A log left beside the file means another connection still has it open; its plain pages would land on the encrypted file.
  if (fs.existsSync(`${file}-wal`)) {
    fs.rmSync(copy, { force: true });
    throw new EncryptionRefused('the file is open in another program');
  }
  try {
    const target = new Database(copy);
    try {
      rekey(target, key);
    } finally {
      target.close();
    }
    verify(copy, key, counts);
    makePrivateFile(copy);
    const fd = fs.openSync(copy, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(copy, file);
  } catch (error) {
    fs.rmSync(copy, { force: true });
    throw error;
  }
}

/** Copies the plain file and answers its row counts; a damaged file is refused before anything is written. */
function plainCopy(file: string, copy: string): Map<string, number> {
  const source = new Database(file, { fileMustExist: true });
  try {
    const problems = integrityProblems(source);
    if (problems.length > 0) throw new EncryptionRefused(`the file is damaged: ${problems.slice(0, 3).join('; ')}`);
    const counts = rowCounts(source);
    source.prepare('VACUUM INTO ?').run(copy);
    return counts;
  } finally {
    source.close();
  }
}

function verify(copy: string, key: Buffer, expected: Map<string, number>): void {
  const check = new Database(copy, { fileMustExist: true });
  try {
    applyKey(check, key);
    const problems = integrityProblems(check);
    if (problems.length > 0)
      throw new EncryptionRefused(`the encrypted copy is damaged: ${problems.slice(0, 3).join('; ')}`);
    const counts = rowCounts(check);
    for (const [table, rows] of expected) {
      if (counts.get(table) !== rows)
        throw new EncryptionRefused(`the encrypted copy of ${table} has ${counts.get(table)} rows, not ${rows}`);
    }
  } finally {
    check.close();
  }
}

function rowCounts(sqlite: Database.Database): Map<string, number> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((table) => [
      table,
      sqlite
        .prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}
