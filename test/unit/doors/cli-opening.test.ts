import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../../../core/doors/cli.js';
import { rememberOpened } from '../../../core/doors/record.js';
import { fixedNow, fontsDir, migrationsFolder, rehor } from '../../helpers/db.js';
import { cliKeys } from '../../helpers/vault.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
let db: string;
let usb: string;
let record: string;
beforeEach(() => {
  dir = makeTempDir();
  db = path.join(dir, 'shiftbook.sqlite');
  usb = path.join(dir, 'usb');
  record = path.join(dir, 'app', 'opened-files.json');
  fs.mkdirSync(usb);
});
afterEach(() => removeDir(dir));

async function cli(argv: string[], confirm?: (question: string) => Promise<boolean>) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    readStdin: () => '',
    migrationsFolder,
    fontsDir,
    version: '9.9.9',
    now: fixedNow,
    record,
    ...(confirm ? { confirm } : {}),
    ...cliKeys,
  });
  return { code, out, err };
}

/** Data with one client whose only backup is on the stick; the file itself then goes missing. */
async function lostWithBackupOnStick(): Promise<void> {
  expect((await cli(['init', '--db', db])).code).toBe(0);
  expect((await cli(['call', 'clients.create', JSON.stringify(rehor), '--db', db])).code).toBe(0);
  const settings = JSON.stringify({ secondFolder: usb, printedKeepDays: null });
  expect((await cli(['call', 'backups.saveSettings', settings, '--db', db])).code).toBe(0);
  expect((await cli(['backup', '--db', db])).code).toBe(0);
  const seen = { heldData: true, backupFolders: [path.join(dir, 'backups'), usb], at: fixedNow() };
  rememberOpened(record, db, seen, () => undefined);
  fs.rmSync(path.join(dir, 'backups'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${db}${suffix}`, { force: true });
}

describe('the command line on a data file that held data and is gone', () => {
  test('says so with the file, gives the exact restore command, exits 1; the command brings the data back', async () => {
    await lostWithBackupOnStick();
    const refused = await cli(['call', 'clients.list', '{}', '--db', db, '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toContain(`The data file ${db} is missing or empty, but it held data`);
    const command = /npm run -s cli -- restore (shiftbook-manual-\S+\.sqlite) --db (\S+)\n/.exec(refused.err);
    expect(command?.[2]).toBe(db);
    expect(fs.existsSync(db)).toBe(false);

    const restored = await cli(['restore', command?.[1] ?? '', '--db', db]);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    const listed = await cli(['call', 'clients.list', '{}', '--db', db]);
    expect(JSON.parse(listed.out)).toMatchObject({ items: [{ lastName: rehor.lastName }] });
  });

  test('at a terminal it asks, and a yes puts the backup in place', async () => {
    await lostWithBackupOnStick();
    const questions: string[] = [];
    const asked = await cli(['call', 'clients.list', '{}', '--db', db, '--lang', 'en'], (question) => {
      questions.push(question);
      return Promise.resolve(true);
    });
    expect(questions).toEqual([expect.stringMatching(/^Restore the backup shiftbook-manual-.*\.sqlite now\?/)]);
    expect(asked.code).toBe(1);
    expect(asked.err).toContain('The backup is restored. Run the command again.');
    const listed = await cli(['call', 'clients.list', '{}', '--db', db]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toMatchObject({ total: 1 });
  });

  test('a no leaves everything as it was', async () => {
    await lostWithBackupOnStick();
    const asked = await cli(['call', 'clients.list', '{}', '--db', db], () => Promise.resolve(false));
    expect(asked.code).toBe(1);
    expect(fs.existsSync(db)).toBe(false);
  });

  test('a path the record does not know is a mistyped path, as before (exit 2)', async () => {
    const other = path.join(dir, 'typo.sqlite');
    const refused = await cli(['call', 'clients.list', '{}', '--db', other]);
    expect(refused.code).toBe(2);
    expect(refused.err).not.toContain('restore');
  });
});
