import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contract } from '../../../core/contract/index.js';
import { runCli } from '../../../core/doors/cli.js';
import { fixedNow, fontsDir, migrationsFolder, rehor, repoRoot } from '../../helpers/db.js';
import { countRowsInFile, makeTempDir, removeDir } from '../support.js';
import { cliKeys, openTestFile, passwordEnv, recoveryKeyLines } from '../../helpers/vault.js';

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
    ...cliKeys,
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
      kind: string;
      summary: string;
      input: Record<string, unknown>;
    }[];
    expect(methods.map((m) => m.name).sort()).toEqual(Object.keys(contract).sort());
    for (const m of methods) {
      expect(m.input.type, m.name).toBe('object');
      expect(m.summary).toBe(contract[m.name as keyof typeof contract].summary);
    }
    const create = methods.find((m) => m.name === 'clients.create');
    expect(create?.kind).toBe('write');
    expect(Object.keys(create?.input.properties as object)).toEqual(
      expect.arrayContaining(['code', 'firstName', 'lastName', 'birthDate', 'birthNumber', 'allowDuplicate']),
    );
    expect(create?.input.required).toEqual(expect.arrayContaining(['code', 'firstName', 'lastName', 'birthDate']));
    expect(create?.input.required).not.toContain('nickname');
    expect(create?.input.additionalProperties).toBe(false);
    expect(methods.find((m) => m.name === 'clients.list')?.kind).toBe('read');
    expect(methods.find((m) => m.name === 'agreements.print')?.kind).toBe('document');
    expect(methods.find((m) => m.name === 'system.backup')?.kind).toBe('maintenance');
  });
});

describe('call', () => {
  beforeEach(async () => {
    expect(await cli(['init', '--db', db])).toMatchObject({ code: 0, err: '' });
  });

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

  test('a document is written to --out as it was rendered', async () => {
    const out = path.join(dir, 'sheet.pdf');
    const result = await cli(['call', 'schedule.printWeek', '{"year":2026,"week":49}', '--db', db, '--out', out]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(result.out)).toEqual({ fileName: 'rozpis-2026-49.pdf', savedTo: out });
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
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
    const untouched = path.join(dir, 'untouched.sqlite');
    const result = await cli(['call', 'clients.create', '{oops', '--db', untouched]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('The input is not valid JSON: {oops');
    expect(fs.existsSync(untouched)).toBe(false);
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
      new RegExp(`^Filled ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 30 clients in \\d+ ms\\n`),
    );
    expect(result.out).toMatch(recoveryKeyLines);
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

describe('a database file that is not there or not usable', () => {
  test('init creates a new database and refuses an existing one', async () => {
    const created = await cli(['init', '--db', db]);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^Created .*cli\.sqlite \(schema \d+-[0-9a-f]{8}\)\n/);
    expect(created.out).toMatch(recoveryKeyLines);
    expect(countRowsInFile(db, 'clients')).toBe(0);
    const again = await cli(['init', '--db', db, '--lang', 'en']);
    expect(again).toEqual({
      code: 2,
      out: '',
      err: `The file ${db} already exists; "init" only creates a new database.\n`,
    });
  });

  test('a read against a missing file is refused with exit 2 and creates nothing', async () => {
    const typo = path.join(dir, 'cli.sqlitee');
    expect(await cli(['call', 'clients.list', '{}', '--db', typo, '--lang', 'en'])).toEqual({
      code: 2,
      out: '',
      err: `There is no database file ${typo}. Check the path, or create a new database with "init".\n`,
    });
    expect(fs.existsSync(typo)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a write against a missing file is refused too', async () => {
    expect((await cli(['call', 'clients.create', JSON.stringify(rehor), '--db', db])).code).toBe(2);
    expect(fs.existsSync(db)).toBe(false);
  });

  test('an empty (0-byte) file is refused and left empty', async () => {
    fs.writeFileSync(db, '');
    const result = await cli(['call', 'clients.list', '{}', '--db', db]);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `Soubor ${db} je prázdný, není to databáze Shiftbooku. Zkontrolujte cestu, nebo novou databázi založte příkazem „init“.\n`,
    });
    expect(fs.statSync(db).size).toBe(0);
  });

  test('a file that is not a database gets a clear message naming it, not a stack trace', async () => {
    fs.writeFileSync(db, 'These are my shopping notes, not a database.\n'.repeat(200));
    const before = fs.readFileSync(db);
    const result = await cli(['call', 'clients.list', '{}', '--db', db, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `The file ${db} is not a Shiftbook database, or it is damaged. Nothing was changed. Restore it from a backup (the backups folder beside it).\n`,
    );
    expect(fs.readFileSync(db)).toEqual(before);
  });

  test('a write lock held longer than the busy timeout gives a translated "busy", not SqliteError', async () => {
    await cli(['init', '--db', db]);
    const holder = openTestFile(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const quick = async (argv: string[]) => {
        let err = '';
        const code = await runCli(argv, {
          stdout: () => {},
          stderr: (text) => (err += text),
          readStdin: () => '',
          migrationsFolder,
          fontsDir,
          version: '9.9.9',
          now: fixedNow,
          ...cliKeys,
          busyTimeoutMs: 100,
        });
        return { code, err };
      };
      const result = await quick(['call', 'clients.create', JSON.stringify(rehor), '--db', db, '--lang', 'en']);
      expect(result).toEqual({
        code: 1,
        err: 'The database is busy: another window or program is writing to it. Nothing was saved. Please try again in a moment. (system.databaseBusy)\n',
      });
      expect(result.err).not.toMatch(/SqliteError|database is locked|\bat /);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(countRowsInFile(db, 'clients')).toBe(0);
  });
});

describe('strict arguments', () => {
  test.each([
    [['call', 'clients.list', '{}', '--dbb', 'x.sqlite'], 'Unknown option "--dbb"'],
    [['call', 'clients.list', '-d', 'x.sqlite'], 'Unknown option "-d"'],
    [['methods', '--db', 'x.sqlite'], '"methods" takes no --db'],
    [['init', '--db', 'x.sqlite', '--out', 'y'], '"init" takes no --out'],
    [['call', 'clients.list', '{}', 'extra', '--db', 'x.sqlite'], 'Unexpected argument "extra"'],
    [['call', 'clients.list', '--db', '--lang', 'en'], '--db needs a value'],
    [
      ['call', 'clients.list', '--db', 'x.sqlite', '--out', 'no/such/folder/out.json'],
      'There is no folder for --out no/such/folder/out.json',
    ],
    [
      ['call', 'schedule.printWeek', '{"year":2026,"week":49}', '--db', 'x.sqlite'],
      'schedule.printWeek makes a document: say where to write it with --out <file>',
    ],
  ])('%j is refused with exit 2 and touches nothing', async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.startsWith(`${message}\n`)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('the real entry point', () => {
  test('npm run cli (node scripts/cli.mjs) runs the compiled CLI end to end', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['scripts/cli.mjs', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 240_000,
        env: { ...process.env, ...passwordEnv },
      });
    // The first call may compile; later ones find the build up to date and say nothing of it.
    expect(run(['init', '--db', db]).status).toBe(0);
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

    const typo = run(['call', 'clients.list', '--dbb', db]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^Unknown option "--dbb"\n/);
    expect(run(['nonsense']).status).toBe(2);
  }, 300_000);
});
