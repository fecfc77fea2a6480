import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { noteOpened, type OpenRecord } from '../../../core/doors/locked-runtime.js';
import { openDoor } from '../../../core/doors/opening.js';
import { expectationOf, readRecord } from '../../../core/doors/record.js';
import type { Runtime } from '../../../core/doors/runtime.js';
import { fontsDir, migrationsFolder, rehor } from '../../helpers/db.js';
import { passwordEnv } from '../../helpers/vault.js';
import { makeTempDir, removeDir } from '../support.js';
import { ok, password, vaultAt } from '../vault/support.js';

let dir: string;
let file: string;
let usb: string;
let reports: string[];
let record: OpenRecord;

beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'shiftbook.sqlite');
  usb = path.join(dir, 'usb');
  fs.mkdirSync(usb);
  reports = [];
  record = { file: path.join(dir, 'app', 'opened-files.json'), report: (text) => reports.push(text) };
});
afterEach(() => removeDir(dir));

const options = () => ({ dataFile: file, migrationsFolder, fontsDir, version: 'test' });

/** A data file with one client, backed up only into the second folder, noted in the record as the door notes it. */
async function dataWithBackupOnStick(): Promise<void> {
  const gate = vaultAt(dir);
  await ok(gate, 'vault.setup', { password, passwordAgain: password });
  await ok(gate, 'clients.create', rehor);
  await ok(gate, 'backups.saveSettings', { secondFolder: usb, printedKeepDays: null });
  await ok(gate, 'backups.create');
  noteOpened(record, gate.lock.opened() as Runtime);
  gate.lock.close();
  // The folder beside went with the file (say, a disk that failed): only the stick is left.
  fs.rmSync(path.join(dir, 'backups'), { recursive: true });
}

function removeDataFile(): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

describe('the record of opened data files', () => {
  test('a lost file is found through it, and its backup on the second folder is offered and restored', async () => {
    await dataWithBackupOnStick();
    expect(readRecord(record.file, record.report)?.files[file]).toMatchObject({
      heldData: true,
      backupFolders: [path.join(dir, 'backups'), usb],
    });
    expect(fs.statSync(record.file).mode & 0o777).toBe(0o600);
    removeDataFile();

    const door = await openDoor(options(), passwordEnv, record);
    expect((door.failure() as { code: string }).code).toBe('system.databaseLostRecorded');
    expect(fs.existsSync(file)).toBe(false);
    const problem = await door.run('system.openProblem', {}, { locale: 'en' });
    expect(problem).toMatchObject({
      ok: true,
      value: { kind: 'lost', file, backup: { folder: usb, contents: { clients: 1, agreements: 0 } } },
    });
    expect(await door.run('clients.list', {})).toMatchObject({ ok: false, error: { code: 'system.cannotOpen' } });

    const name = (problem as { value: { backup: { name: string } } }).value.backup.name;
    expect(await door.run('system.acceptRecovery', { name })).toMatchObject({ ok: true });
    expect(door.failure()).toBeNull();
    const listed = await door.run('clients.list', {});
    expect(listed).toMatchObject({ ok: true, value: { items: [{ lastName: rehor.lastName }] } });
    door.close();
  });

  test('the file and its key file both gone: still lost, never a new empty programme', async () => {
    await dataWithBackupOnStick();
    removeDataFile();
    fs.rmSync(`${file.replace(/\.sqlite$/, '')}.key`, { force: true });
    const door = await openDoor(options(), {}, record);
    expect((door.failure() as { code: string }).code).toBe('system.databaseLostRecorded');
    expect(await door.run('vault.status', {})).toMatchObject({ ok: false, error: { code: 'system.cannotOpen' } });
    expect(await door.run('vault.setup', { password, passwordAgain: password })).toMatchObject({ ok: false });
    expect(fs.existsSync(file)).toBe(false);
  });

  test('an empty (0-byte) file where the record expects data is lost too, and keeps its 0 bytes', async () => {
    await dataWithBackupOnStick();
    removeDataFile();
    fs.writeFileSync(file, '');
    const door = await openDoor(options(), passwordEnv, record);
    expect((door.failure() as { code: string }).code).toBe('system.databaseLostRecorded');
    expect(fs.statSync(file).size).toBe(0);
  });

  test('a damaged record is reported by name and not taken for "no data expected"', async () => {
    await dataWithBackupOnStick();
    fs.writeFileSync(record.file, '{"files": {"/x": {"heldData": tru');
    expect(expectationOf(record.file, file, record.report)).toEqual({ kind: 'unknown' });
    expect(reports.join('\n')).toContain(record.file);

    // The file is there: it opens, and the record is written anew.
    const door = await openDoor(options(), passwordEnv, record);
    expect(door.failure()).toBeNull();
    door.close();
    expect(readRecord(record.file, () => undefined)?.files[file]?.heldData).toBe(true);

    fs.writeFileSync(record.file, 'not json');
    removeDataFile();
    const lost = await openDoor(options(), passwordEnv, record);
    expect((lost.failure() as { code: string }).code).toBe('system.databaseLostRecorded');
  });

  test('a record that cannot be written is reported and does not stop the start', async () => {
    fs.writeFileSync(path.join(dir, 'app'), 'a file where the folder should be');
    const gate = vaultAt(dir);
    await ok(gate, 'vault.setup', { password, passwordAgain: password });
    gate.lock.close();
    const door = await openDoor(options(), passwordEnv, record);
    expect(door.failure()).toBeNull();
    expect(await door.run('clients.list', {})).toMatchObject({ ok: true });
    expect(reports.join('\n')).toContain(`${record.file} could not be written`);
    door.close();
  });

  test('a file that never held data is not expected: missing, it is a new file as before', async () => {
    const gate = vaultAt(dir);
    await ok(gate, 'vault.setup', { password, passwordAgain: password });
    noteOpened(record, gate.lock.opened() as Runtime);
    gate.lock.close();
    expect(expectationOf(record.file, file, record.report)).toEqual({ kind: 'none' });
  });
});
