import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDoor } from '../../../core/doors/opening.js';
import { fontsDir, migrationsFolder, rehor } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';
import { ok, password, vaultAt } from '../vault/support.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'shiftbook.sqlite');
});
afterEach(() => removeDir(dir));

const options = () => ({ dataFile: file, migrationsFolder, fontsDir, version: 'test' });

/** Data with one client and a backup of it beside the file. */
async function dataWithBackup(): Promise<void> {
  const gate = vaultAt(dir);
  await ok(gate, 'vault.setup', { password, passwordAgain: password });
  await ok(gate, 'clients.create', rehor);
  await ok(gate, 'backups.create');
  gate.lock.close();
}

describe("browser mode's door on a file it cannot open", () => {
  test('a wrong password from the environment: its own screen, no backup offered, nothing opened', async () => {
    await dataWithBackup();
    const before = fs.readFileSync(file);
    const door = await openDoor(options(), { SHIFTBOOK_PASSWORD: 'not the password' });
    expect(await door.run('system.openProblem', {}, { locale: 'cs' })).toEqual({
      ok: true,
      value: {
        kind: 'wrongPassword',
        file,
        reason: 'Heslo není správné. Nic nebylo otevřeno ani změněno.',
        backup: null,
      },
    });
    expect(await door.run('vault.status', {})).toMatchObject({ ok: false, error: { code: 'system.cannotOpen' } });
    expect(await door.run('system.acceptRecovery', { name: 'anything.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'system.offerChanged' },
    });
    expect(fs.readFileSync(file)).toEqual(before);
  }, 20_000);

  test('a file lost after the right password on the unlock screen: the door switches to the screen', async () => {
    await dataWithBackup();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    const door = await openDoor(options(), {});
    expect(await door.run('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await door.run('system.openProblem', {})).toEqual({ ok: true, value: null });

    expect(await door.run('vault.unlock', { password })).toMatchObject({
      ok: false,
      error: { code: 'system.cannotOpen' },
    });
    const problem = await door.run('system.openProblem', {}, { locale: 'en' });
    expect(problem).toMatchObject({
      ok: true,
      value: { kind: 'lost', file, backup: { folder: path.join(dir, 'backups'), contents: { clients: 1 } } },
    });
    expect(fs.existsSync(file)).toBe(false);

    const name = (problem as { value: { backup: { name: string } } }).value.backup.name;
    expect(await door.run('system.acceptRecovery', { name })).toMatchObject({ ok: true, value: { keptAside: null } });
    // Without a password in the environment the restored data waits behind the lock, as at any start.
    expect(await door.run('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await door.run('vault.unlock', { password })).toMatchObject({ ok: true });
    expect(await door.run('clients.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    door.close();
  }, 20_000);
});
