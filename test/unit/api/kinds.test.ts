import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../core/api/dispatcher.js';
import { contract } from '../../../core/contract/index.js';
import { documentFile } from '../../../core/contract/documents.js';
import { backupFileName, backupMoment } from '../../../db/backup.js';
import { openDatabase, type OpenDatabase } from '../../../db/open.js';
import { fixedNow, fontsDir, migrationsFolder, rehor } from '../../helpers/db.js';
import { countRows, employerInput, makeTempDir, removeDir, snapshotConnection, tableNames } from '../support.js';

let dir: string;
let database: OpenDatabase;
let reported: string[];

beforeEach(() => {
  dir = makeTempDir();
  database = openDatabase(path.join(dir, 'shiftbook.sqlite'), { migrationsFolder, busyTimeoutMs: 100 });
  reported = [];
});
afterEach(() => {
  database.close();
  removeDir(dir);
});

function dispatcher(options: { fontsDir?: string; backupDir?: string } = {}): Dispatcher {
  return createDispatcher({
    db: database.db,
    now: fixedNow,
    actor: 'test',
    fontsDir: options.fontsDir ?? fontsDir,
    onInternalError: (method) => reported.push(method),
    ...(options.backupDir ? { backupDir: options.backupDir } : {}),
  });
}

/** A client with an address, a complete employer and a draft agreement (id 1). */
function draftAgreement(api: Dispatcher): number {
  const ok = (method: string, input: unknown) => {
    const result = api.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  ok('clients.create', { ...rehor, street: 'Cejl 12', city: 'Brno', postcode: '602 00' });
  ok('settings.saveEmployer', employerInput);
  const draft = ok('agreements.draftDefaults', { clientId: 1 }) as { input: unknown };
  return ok('agreements.create', draft.input).id as number;
}

describe('every method says what it is', () => {
  test('document methods answer a file; maintenance is backups, restore, printed files and the integrity check', () => {
    const byKind = (kind: string) =>
      Object.entries(contract)
        .filter(([, def]) => def.kind === kind)
        .map(([name]) => name)
        .sort();
    for (const name of byKind('document'))
      expect(contract[name as keyof typeof contract].output, name).toBe(documentFile);
    expect(byKind('document')).toEqual(expect.arrayContaining(['agreements.print', 'schedule.printWeek']));
    expect(byKind('maintenance')).toEqual([
      'backups.clearPrinted',
      'backups.create',
      'backups.list',
      'backups.printed',
      'backups.restore',
      'backups.undoRestore',
      'system.backup',
      'system.checkIntegrity',
    ]);
    expect(byKind('read')).toContain('clients.list');
    expect(byKind('write')).toContain('clients.create');
  });
});

describe('a document method', () => {
  test('that cannot be rendered (fonts missing) leaves the database exactly as before', async () => {
    const api = dispatcher({ fontsDir: path.join(dir, 'no-fonts') });
    const id = draftAgreement(api);
    const before = snapshotConnection(database.sqlite);

    const result = await api.run('agreements.print', { id }, { locale: 'en' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'system.documentFailed',
        message:
          'The document could not be made. Nothing was saved or marked as printed. Please try again; if it keeps failing, reinstall the app (its fonts may be missing).',
      },
    });
    expect(snapshotConnection(database.sqlite)).toEqual(before);
    expect(database.sqlite.inTransaction).toBe(false);
    expect(reported).toEqual(['agreements.print']);
  });

  test('that renders commits what it recorded and answers the bytes', async () => {
    const api = dispatcher();
    const id = draftAgreement(api);
    const result = await api.run('agreements.print', { id });
    expect(result.ok).toBe(true);
    const file = documentFile.parse(result.ok ? result.value : null);
    expect(file.contentType).toBe('application/pdf');
    expect(file.bytes).toBeInstanceOf(Uint8Array);
    expect(
      Buffer.from(file.bytes ?? [])
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(countRows(database.sqlite, 'agreement_documents')).toBe(1);
    expect(api.call('agreements.get', { id })).toMatchObject({ ok: true, value: { status: 'printed' } });
  });

  test('holds its transaction while rendering: other calls wait for it and are not rolled back with it', async () => {
    const api = dispatcher({ fontsDir: path.join(dir, 'no-fonts') });
    const id = draftAgreement(api);
    const printing = api.run('agreements.print', { id });
    // A synchronous call now would land inside the open transaction; it is refused instead.
    expect(api.call('clients.list', {}, { locale: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'system.databaseBusy' },
    });
    const creating = api.run('clients.create', { ...rehor, code: 'K-002', firstName: 'Jan' });
    expect((await printing).ok).toBe(false);
    expect((await creating).ok).toBe(true);
    expect(countRows(database.sqlite, 'clients')).toBe(2);
    expect(countRows(database.sqlite, 'agreement_documents')).toBe(0);
  });
});

describe('a write lock held by another connection', () => {
  test('past the busy timeout gives a translated "busy", changes nothing and is not an internal error', async () => {
    const api = dispatcher();
    const holder = new Database(database.file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      for (const method of ['clients.create', 'agreements.print'] as const) {
        const result = await api.run(method, method === 'clients.create' ? rehor : { id: 1 }, { locale: 'cs' });
        expect(result, method).toEqual({
          ok: false,
          error: {
            code: 'system.databaseBusy',
            message:
              'Databáze je právě zaneprázdněná: zapisuje do ní jiné okno nebo program. Nic nebylo uloženo. Zkuste to prosím za chvíli znovu.',
          },
        });
      }
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(reported).toEqual([]);
    expect(countRows(database.sqlite, 'clients')).toBe(0);
    expect((await api.run('clients.create', rehor)).ok).toBe(true);
  });
});

describe('maintenance methods', () => {
  test('system.backup copies the database outside any transaction, named by the one convention', async () => {
    const backupDir = path.join(dir, 'backups');
    const api = dispatcher({ backupDir });
    expect((await api.run('clients.create', rehor)).ok).toBe(true);
    const result = await api.run('system.backup', {});
    const expected = path.join(backupDir, backupFileName('manual', fixedNow()));
    expect(result).toEqual({ ok: true, value: { file: expected } });
    // VACUUM INTO refuses to run inside a transaction, so this also proves there was none.
    const copy = new Database(expected, { readonly: true, fileMustExist: true });
    try {
      expect(tableNames(copy)).toContain('clients');
      expect(countRows(copy, 'clients')).toBe(1);
    } finally {
      copy.close();
    }
    expect((await api.run('system.backup', {})).ok).toBe(true);
    expect(fs.readdirSync(backupDir).sort()).toEqual(
      [backupFileName('manual', fixedNow()), backupFileName('manual', fixedNow(), 2)].sort(),
    );
  });

  test('without a backup folder (an in-memory database) the backup is refused with a reason', async () => {
    expect(await dispatcher().run('system.backup', {}, { locale: 'en' })).toEqual({
      ok: false,
      error: { code: 'system.backupUnavailable', message: 'Only a database stored in a file can be backed up.' },
    });
  });

  test('system.checkIntegrity finds a sound file sound and names a broken link', async () => {
    const api = dispatcher();
    expect(await api.run('system.checkIntegrity', {})).toEqual({ ok: true, value: { ok: true, problems: [] } });
    database.sqlite.pragma('foreign_keys = OFF');
    database.sqlite
      .prepare(
        `INSERT INTO client_suspensions (client_id, from_date, reason, created_at) VALUES (999, '2026-01-01', 'x', 'now')`,
      )
      .run();
    database.sqlite.pragma('foreign_keys = ON');
    expect(await api.run('system.checkIntegrity', {})).toEqual({
      ok: true,
      value: { ok: false, problems: ['client_suspensions row 1: missing clients'] },
    });
  });
});

describe('backup names', () => {
  test('carry the local time and its offset, so the two 02:30 of the October change differ and sort', () => {
    const summer = new Date('2026-10-25T00:30:00Z');
    const winter = new Date('2026-10-25T01:30:00Z');
    const [a, b] = [backupFileName('quit', summer), backupFileName('quit', winter)];
    expect(a).toMatch(/^shiftbook-quit-2026-10-25T\d{6}[+-]\d{4}\.sqlite$/);
    expect(a).not.toBe(b);
    expect(backupMoment(a)).toBeLessThan(backupMoment(b) ?? 0);
    expect(Math.floor(backupMoment(a) ?? 0)).toBe(summer.getTime());
    expect(backupMoment('shiftbook-quit-2026-11-24T08-00-00-000Z.sqlite')).toBeNull();
  });
});
