import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openRuntime, type Runtime } from '../../../core/doors/runtime.js';
import { type Keyring, rekey } from '../../../db/open.js';
import { fixedNow, fontsDir, migrationsFolder, rehor } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
let keyring: Keyring;
let runtime: Runtime;
let clock: Date;

function open(): Runtime {
  return openRuntime({
    dataFile: path.join(dir, 'shiftbook.sqlite'),
    migrationsFolder,
    fontsDir,
    version: 'test',
    actor: 'test',
    now: () => clock,
    key: keyring.current,
    keyring: () => keyring,
  });
}

function ok(method: string, input: unknown = {}): Record<string, unknown> {
  const result = runtime.dispatcher.call(method, input, { locale: 'en' });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

beforeEach(() => {
  dir = makeTempDir();
  clock = fixedNow();
  const key = crypto.randomBytes(32);
  keyring = { current: key, all: [key] };
  runtime = open();
});
afterEach(() => {
  runtime.close();
  removeDir(dir);
});

test('a backup of the encrypted file reveals no name, and one from before a new key still restores', () => {
  ok('clients.create', rehor);
  const { file } = ok('backups.create') as { file: string };
  expect(fs.readFileSync(file).includes(Buffer.from('Šťastný'))).toBe(false);
  expect(fs.readFileSync(file).includes(Buffer.from('SQLite format 3'))).toBe(false);

  // A new data key (as a password change makes): the file is re-keyed, the old key stays in the ring.
  runtime.close();
  const newKey = crypto.randomBytes(32);
  keyring = { current: newKey, all: [newKey, ...keyring.all] };
  const reopened = openRuntime({
    dataFile: path.join(dir, 'shiftbook.sqlite'),
    migrationsFolder,
    fontsDir,
    version: 'test',
    key: keyring.all[1],
  });
  rekey(reopened.database.sqlite, newKey);
  reopened.close();
  runtime = open();
  ok('clients.create', { ...rehor, code: 'K-002', allowDuplicate: true });

  clock = new Date(clock.getTime() + 1000);
  const listed = ok('backups.list').backups as { name: string; contents: { clients: number } | null }[];
  expect(listed[0]?.contents?.clients).toBe(1);
  ok('backups.restore', { name: path.basename(file) });
  expect((ok('clients.list') as { total: number }).total).toBe(1);
  // The restored file opens with the current key alone.
  runtime.close();
  keyring = { current: newKey, all: [newKey] };
  runtime = open();
  expect((ok('clients.list') as { total: number }).total).toBe(1);
});
