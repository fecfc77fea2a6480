import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contract } from '../../../core/contract/index.js';
import { runCli } from '../../../core/doors/cli.js';
import { fixedNow, fontsDir, migrationsFolder, rehor, repoRoot } from '../../helpers/db.js';
import { countRowsInFile, makeTempDir, removeDir } from '../support.js';

let dir: string;
let db: string;
beforeEach(() => {
  dir = makeTempDir();
  db = path.join(dir, 'cli.sqlite');
});
afterEach(() => removeDir(dir));

async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    readStdin: () => stdin,
    migrationsFolder,
    fontsDir,
    version: '9.9.9',
    now: fixedNow,
  });
  return { code, out, err };
}

describe('methods', () => {
  test('lists every contract method with a JSON Schema of its input', async () => {
    const { code, out, err } = await cli(['methods']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const methods = JSON.parse(out) as {
      name: string;
      write: boolean;
      summary: string;
      input: Record<string, unknown>;
    }[];
    expect(methods.map((m) => m.name).sort()).toEqual(Object.keys(contract).sort());
    for (const m of methods) {
      expect(m.input.type, m.name).toBe('object');
      expect(m.summary).toBe(contract[m.name as keyof typeof contract].summary);
    }
    const create = methods.find((m) => m.name === 'clients.create');
    expect(create?.write).toBe(true);
    expect(Object.keys(create?.input.properties as object)).toEqual(
      expect.arrayContaining(['code', 'firstName', 'lastName', 'birthDate', 'birthNumber', 'allowDuplicate']),
    );
    expect(create?.input.required).toEqual(expect.arrayContaining(['code', 'firstName', 'lastName', 'birthDate']));
    expect(create?.input.required).not.toContain('nickname');
    expect(create?.input.additionalProperties).toBe(false);
    expect(methods.find((m) => m.name === 'clients.list')?.write).toBe(false);
  });
});

describe('call', () => {
  test('creates a client and prints it; the data stays in the file', async () => {
    const created = await cli(['call', 'clients.create', JSON.stringify(rehor), '--db', db]);
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(created.out)).toMatchObject({
      id: 1,
      code: 'K-001',
      firstName: 'Řehoř',
      lastName: 'Šťastný',
      createdAt: '2026-11-24T09:00:00+01:00',
    });
    const listed = await cli(['call', 'clients.list', '{"query":"rehor"}', `--db=${db}`]);
    expect(JSON.parse(listed.out)).toMatchObject({ total: 1, items: [{ id: 1, lastName: 'Šťastný' }] });
    const audit = await cli(['call', 'system.info', '--db', db]);
    expect(JSON.parse(audit.out)).toMatchObject({ appVersion: '9.9.9', today: '2026-11-24' });
  });

  test('reads the input from stdin with "-" and writes to --out', async () => {
    const out = path.join(dir, 'result.json');
    const result = await cli(['call', 'clients.create', '-', '--db', db, '--out', out], JSON.stringify(rehor));
    expect(result).toEqual({ code: 0, out: '', err: '' });
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({ id: 1, nickname: 'Řeha' });
  });

  test('bad input exits 1 with a translated message and writes nothing', async () => {
    const bad = JSON.stringify({ ...rehor, lastName: '' });
    expect(await cli(['call', 'clients.create', bad, '--db', db])).toEqual({
      code: 1,
      out: '',
      err: 'Příjmení: Vyplňte prosím tento údaj. (invalidInput [lastName])\n',
    });
    expect((await cli(['call', 'clients.create', bad, '--db', db, '--lang', 'en'])).err).toBe(
      'Last name: Please fill this in. (invalidInput [lastName])\n',
    );
    expect(countRowsInFile(db, 'clients')).toBe(0);
    expect(countRowsInFile(db, 'audit_log')).toBe(0);
  });

  test('a refused rule exits 1 with the message', async () => {
    await cli(['call', 'clients.create', JSON.stringify(rehor), '--db', db]);
    const result = await cli([
      'call',
      'clients.create',
      JSON.stringify({ ...rehor, firstName: 'Jan' }),
      '--db',
      db,
      '--lang',
      'en',
    ]);
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'Client code "K-001" belongs to another client. (client.codeTaken [code])\n',
    });
    expect(countRowsInFile(db, 'clients')).toBe(1);
  });

  test('an unknown method exits 1', async () => {
    expect(await cli(['call', 'nope.x', '{}', '--db', db, '--lang', 'en'])).toMatchObject({
      code: 1,
      err: 'Unknown operation "nope.x". (unknownMethod)\n',
    });
  });

  test('invalid JSON exits 2 before the database is touched', async () => {
    const result = await cli(['call', 'clients.create', '{oops', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('The input is not valid JSON: {oops');
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe('usage errors exit 2 with the usage text', () => {
  test.each([
    [['call', 'clients.create', '{}'], 'Say which database file to use: --db <file>'],
    [['demo'], 'Say which database file to use: --db <file>'],
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['call', '--db', 'x.sqlite'], 'call needs a method name'],
    [['methods', '--lang', 'de'], '--lang must be cs or en, not "de"'],
    [['call', 'system.info', '--db'], '--db needs a value'],
    [['demo', '--db', 'x.sqlite', '--clients', 'many'], '--clients must be a positive whole number'],
  ])('%j', async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.startsWith(message)).toBe(true);
    expect(result.err).toContain('Shiftbook command line');
    expect(result.err).toContain('Exit codes: 0 done, 1 the call was refused');
  });

  test('help prints the usage and exits 0', async () => {
    expect(await cli(['help'])).toMatchObject({ code: 0, err: '' });
    expect((await cli([])).out).toContain('methods');
  });
});

describe('demo', () => {
  test('fills 30 valid clients and a complete employer', async () => {
    const result = await cli(['demo', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      new RegExp(`^Filled ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 30 clients in \\d+ ms\\n$`),
    );
    const list = JSON.parse(
      (await cli(['call', 'clients.list', '{"includeInactive": true, "limit": 500}', '--db', db])).out,
    ) as {
      total: number;
      items: { code: string; suspended: boolean }[];
    };
    expect(list.total).toBe(30);
    expect(new Set(list.items.map((c) => c.code)).size).toBe(30);
    expect(list.items.some((c) => c.suspended)).toBe(true);
    expect(JSON.parse((await cli(['call', 'settings.getEmployer', '--db', db])).out)).toMatchObject({
      complete: true,
      ico: '22601007',
    });
    expect(countRowsInFile(db, 'audit_log')).toBeGreaterThanOrEqual(31);
  });

  test('the same clock gives the same demo data', async () => {
    const other = path.join(dir, 'other.sqlite');
    await cli(['demo', '--db', db]);
    await cli(['demo', '--db', other]);
    const listOf = async (file: string) => (await cli(['call', 'clients.list', '{"limit": 500}', '--db', file])).out;
    expect(await listOf(other)).toBe(await listOf(db));
  });
});

describe('the real entry point', () => {
  test('node --import tsx core/doors/cli-main.ts call … works end to end', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'core/doors/cli-main.ts', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const created = run(['call', 'clients.create', JSON.stringify(rehor), '--db', db]);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ id: 1, firstName: 'Řehoř', lastName: 'Šťastný' });

    const refused = run([
      'call',
      'clients.create',
      JSON.stringify({ ...rehor, code: 'K-2', lastName: '' }),
      '--db',
      db,
      '--lang',
      'en',
    ]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe('Last name: Please fill this in. (invalidInput [lastName])\n');
    expect(countRowsInFile(db, 'clients')).toBe(1);

    expect(run(['nonsense']).status).toBe(2);
  }, 60_000);
});
