import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyKey } from '../../../db/open.js';
import { unlockWithPassword } from '../../../core/vault/index.js';
import { rehor, testApp } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';
import { ok, password, vaultAt } from './support.js';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

/** Every file in the folder, byte for byte. */
function bytesOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file), fs.readFileSync(file).toString('base64')];
      }),
  );
}

async function setUpWithClient(): Promise<string> {
  const gate = vaultAt(dir);
  const { recoveryKey } = await ok(gate, 'vault.setup', { password, passwordAgain: password });
  await ok(gate, 'clients.create', rehor);
  gate.lock.close();
  return String(recoveryKey);
}

describe('the password', () => {
  it('a wrong one is refused at its field and changes no byte of any file', async () => {
    await setUpWithClient();
    const before = bytesOf(dir);
    const gate = vaultAt(dir);
    const result = await gate.run('vault.unlock', { password: 'kočka leze oknem' }, { locale: 'cs' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'vault.wrongPassword',
        field: 'password',
        message: 'Heslo není správné. Nic nebylo otevřeno ani změněno.',
      },
    });
    expect(gate.lock.opened()).toBeNull();
    expect(bytesOf(dir)).toEqual(before);
  });

  it('while locked, nothing but unlocking is answered; then the data is there', async () => {
    await setUpWithClient();
    const gate = vaultAt(dir);
    for (const method of ['clients.list', 'system.backup', 'system.info', 'vault.changePassword']) {
      const result = await gate.run(method, {}, { locale: 'en' });
      expect([method, result.ok ? 'answered' : result.error.code]).toEqual([
        method,
        method === 'vault.changePassword' ? 'invalidInput' : 'vault.locked',
      ]);
    }
    await ok(gate, 'vault.unlock', { password });
    expect(await ok(gate, 'clients.list', {})).toMatchObject({ total: 1 });
    await ok(gate, 'vault.lock');
    expect(await gate.run('clients.list', {}, { locale: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'vault.locked' },
    });
    gate.lock.close();
  });

  it('locks itself after the idle time; use keeps it open', async () => {
    await setUpWithClient();
    let now = 0;
    const gate = vaultAt(dir, { clock: () => now });
    await ok(gate, 'vault.unlock', { password });
    await ok(gate, 'vault.saveIdleLock', { idleLockMinutes: 5 });
    now += 4 * 60_000;
    expect(await ok(gate, 'vault.status', { active: true })).toEqual({ state: 'unlocked', idleLockMinutes: 5 });
    now += 4 * 60_000;
    expect(await ok(gate, 'vault.status', {})).toEqual({ state: 'unlocked', idleLockMinutes: 5 });
    now += 2 * 60_000;
    expect(await ok(gate, 'vault.status', { active: true })).toEqual({ state: 'locked', idleLockMinutes: 5 });
    expect(await gate.run('clients.list', {})).toMatchObject({ ok: false, error: { code: 'vault.locked' } });
    gate.lock.close();
  });

  it('a change re-keys the file; the data stays, older backups open with the new password', async () => {
    const gate = vaultAt(dir);
    await ok(gate, 'vault.setup', { password, passwordAgain: password });
    await ok(gate, 'clients.create', rehor);
    const { file: oldBackup } = (await ok(gate, 'system.backup')) as { file: string };
    const oldKey = (await unlockWithPassword(gate.lock.keyFile, password)).current;
    const newPassword = 'nové heslo pro tým';
    const mismatch = await gate.run('vault.changePassword', { password, newPassword, passwordAgain: 'jiné' });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'vault.passwordsDiffer', field: 'passwordAgain' } });
    await ok(gate, 'vault.changePassword', { password, newPassword, passwordAgain: newPassword });
    expect(await ok(gate, 'clients.list', {})).toMatchObject({ total: 1 });
    gate.lock.close();

    const keyring = await unlockWithPassword(gate.lock.keyFile, newPassword);
    expect(keyring.current.equals(oldKey)).toBe(false);
    expect(keyring.all.some((key) => key.equals(oldKey))).toBe(true);
    const readable = (file: string, key: Buffer) => {
      const db = new Database(file, { fileMustExist: true });
      try {
        applyKey(db, key);
        return db.prepare('SELECT count(*) FROM clients').pluck().get();
      } catch {
        return 'refused';
      } finally {
        db.close();
      }
    };
    expect(readable(path.join(dir, 'shiftbook.sqlite'), oldKey)).toBe('refused');
    expect(readable(path.join(dir, 'shiftbook.sqlite'), keyring.current)).toBe(1);
    expect(readable(oldBackup, oldKey)).toBe(1);

    const again = vaultAt(dir);
    expect(await again.run('vault.unlock', { password })).toMatchObject({
      ok: false,
      error: { code: 'vault.wrongPassword' },
    });
    await ok(again, 'vault.unlock', { password: newPassword });
    expect(await ok(again, 'clients.list', {})).toMatchObject({ total: 1 });
    again.lock.close();
  });

  it('the recovery key opens the data and sets a new password; a typo is told apart', async () => {
    const recoveryKey = await setUpWithClient();
    const gate = vaultAt(dir);
    const typo = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(
      await gate.run('vault.recover', {
        recoveryKey: typo,
        newPassword: 'zapomnětlivá',
        passwordAgain: 'zapomnětlivá',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'vault.recoveryKeyTypo', field: 'recoveryKey' },
    });
    await ok(gate, 'vault.recover', {
      recoveryKey: recoveryKey.toLowerCase().replaceAll('-', ' '),
      newPassword: 'zapomnětlivá',
      passwordAgain: 'zapomnětlivá',
    });
    expect(await ok(gate, 'clients.list', {})).toMatchObject({ total: 1 });
    gate.lock.close();
    await expect(unlockWithPassword(gate.lock.keyFile, 'zapomnětlivá')).resolves.toBeTruthy();
  });
});

describe('data from before encryption', () => {
  it('is encrypted once on setup, its backups too, with every row kept', async () => {
    const file = path.join(dir, 'shiftbook.sqlite');
    const plain = testApp({ file });
    plain.ok('clients.create', { ...rehor, nickname: 'Zrzek' });
    plain.close();
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.copyFileSync(file, path.join(dir, 'backups', 'shiftbook-quit-2026-11-20T170000+0100.sqlite'));
    expect(fs.readFileSync(file).includes('Zrzek')).toBe(true);

    const gate = vaultAt(dir);
    expect(await ok(gate, 'vault.status')).toMatchObject({ state: 'plain' });
    await ok(gate, 'vault.setup', { password, passwordAgain: password });
    expect(await ok(gate, 'clients.list', {})).toMatchObject({ total: 1 });
    gate.lock.close();
    for (const name of ['shiftbook.sqlite', path.join('backups', 'shiftbook-quit-2026-11-20T170000+0100.sqlite')]) {
      expect([name, fs.readFileSync(path.join(dir, name)).includes('Zrzek')]).toEqual([name, false]);
    }
    expect(fs.readdirSync(dir).filter((name) => name.includes('encrypting'))).toEqual([]);
  });

  it('an interrupted encryption (key file written, file still plain) is finished at the next unlock', async () => {
    const file = path.join(dir, 'shiftbook.sqlite');
    const plain = testApp({ file });
    plain.ok('clients.create', rehor);
    plain.close();
    const gate = vaultAt(dir);
    await ok(gate, 'vault.setup', { password, passwordAgain: password });
    gate.lock.close();
    // As if the process had stopped after writing the key file: the plain file put back.
    const copy = testApp({ file: path.join(dir, 'plain.sqlite') });
    copy.ok('clients.create', rehor);
    copy.close();
    fs.renameSync(path.join(dir, 'plain.sqlite'), file);
    const next = vaultAt(dir);
    await ok(next, 'vault.unlock', { password });
    expect(await ok(next, 'clients.list', {})).toMatchObject({ total: 1 });
    next.lock.close();
    expect(fs.readFileSync(file).subarray(0, 6).toString('latin1')).not.toBe('SQLite');
  });
});
