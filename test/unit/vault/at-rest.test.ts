import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyKey } from '../../../db/open.js';
import { unlockWithPassword } from '../../../core/vault/index.js';
import { makeTempDir, removeDir } from '../support.js';
import { rehor } from '../../helpers/db.js';
import { ok, password, vaultAt } from './support.js';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

/** Every file in the folder (data, its log, the key file, backups) that holds the text, in any common encoding. */
function filesRevealing(folder: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = fs.readFileSync(file);
    if (needles.some((needle) => bytes.includes(needle))) found.push(file);
  }
  return found;
}

describe('encryption at rest', () => {
  it('keeps the data file, its write-ahead log and its backups unreadable without the password', async () => {
    const gate = vaultAt(dir);
    const { recoveryKey } = await ok(gate, 'vault.setup', { password, passwordAgain: password });
    expect(String(recoveryKey)).toMatch(/^([0-9A-Z]{5}-){10}[0-9A-Z]{5}$/);
    for (let n = 0; n < 40; n += 1) {
      await ok(gate, 'clients.create', {
        ...rehor,
        code: `K-${n}`,
        firstName: `Řehoř ${'a'.repeat(n + 1)}`,
        nickname: 'Zrzek',
      });
    }
    await ok(gate, 'system.backup');
    const wal = path.join(dir, 'shiftbook.sqlite-wal');
    expect(fs.statSync(wal).size).toBeGreaterThan(0);
    expect(filesRevealing(dir, 'Zrzek')).toEqual([]);
    expect(filesRevealing(dir, 'Šťastný')).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'shiftbook.sqlite')).subarray(0, 15).toString('latin1')).not.toBe(
      'SQLite format 3',
    );
    gate.lock.close();

    // The same bytes do open with the key the password unwraps: the data is there, not lost.
    const keyring = await unlockWithPassword(gate.lock.keyFile, password);
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    for (const file of [path.join(dir, 'shiftbook.sqlite'), path.join(dir, 'backups', backups[0] ?? '')]) {
      const db = new Database(file, { fileMustExist: true });
      applyKey(db, keyring.current);
      expect(db.prepare("SELECT count(*) FROM clients WHERE nickname = 'Zrzek'").pluck().get()).toBe(40);
      db.close();
    }
  });

  it('cannot be opened as a plain SQLite file', async () => {
    const gate = vaultAt(dir);
    await ok(gate, 'vault.setup', { password, passwordAgain: password });
    await ok(gate, 'clients.create', rehor);
    gate.lock.close();
    const db = new Database(path.join(dir, 'shiftbook.sqlite'), { fileMustExist: true });
    expect(() => db.prepare('SELECT count(*) FROM clients').get()).toThrow(/not a database/);
    db.close();
  });

  it.runIf(process.platform !== 'win32')('makes the data folder 0700 and its files 0600', async () => {
    const folder = path.join(dir, 'new', 'Shiftbook');
    const gate = vaultAt(folder);
    await ok(gate, 'vault.setup', { password, passwordAgain: password });
    await ok(gate, 'clients.create', rehor);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    for (const name of ['shiftbook.sqlite', 'shiftbook.sqlite-wal', 'shiftbook.sqlite-shm', 'shiftbook.key']) {
      expect([name, fs.statSync(path.join(folder, name)).mode & 0o777]).toEqual([name, 0o600]);
    }
    gate.lock.close();
  });
});
