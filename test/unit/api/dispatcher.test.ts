import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatcher } from '../../../core/api/dispatcher.js';
import { handlers } from '../../../core/api/handlers.js';
import { contract } from '../../../core/contract/index.js';
import { joinGroups, method } from '../../../core/contract/method.js';
import { checked, fixedNow, rehor, testApp, type TestApp } from '../../helpers/db.js';
import { countRows } from '../support.js';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

const counts = () => ({
  clients: countRows(app.database.sqlite, 'clients'),
  audit: countRows(app.database.sqlite, 'audit_log'),
});

describe('unknown methods', () => {
  test('are refused with a translated message', () => {
    expect(app.err('nope.x', {}, 'cs')).toEqual({
      code: 'unknownMethod',
      message: 'Neznámá operace „nope.x“.',
      params: { method: 'nope.x' },
    });
    expect(app.err('nope.x', {}, 'en').message).toBe('Unknown operation "nope.x".');
  });

  test('inherited object keys are not methods', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(app.err(name).code).toBe('unknownMethod');
    }
  });

  test('the default language is Czech', () => {
    const result = app.api.call('nope.x', {});
    expect(result.ok ? null : result.error.message).toBe('Neznámá operace „nope.x“.');
  });
});

describe('malformed input', () => {
  const cases: { name: string; input: unknown; field: string; cs: string; en: string }[] = [
    {
      name: 'empty required text',
      input: { ...rehor, lastName: '' },
      field: 'lastName',
      cs: 'Příjmení: Vyplňte prosím tento údaj.',
      en: 'Last name: Please fill this in.',
    },
    {
      name: 'missing required text',
      input: { firstName: 'Jan', lastName: 'Novák', birthDate: '1980-01-01' },
      field: 'code',
      cs: 'Kód klienta: Vyplňte prosím tento údaj.',
      en: 'Client code: Please fill this in.',
    },
    {
      name: 'null input',
      input: null,
      field: 'code',
      cs: 'Kód klienta: Vyplňte prosím tento údaj.',
      en: 'Client code: Please fill this in.',
    },
    {
      name: 'a number for a date',
      input: { ...rehor, birthDate: 19800315 },
      field: 'birthDate',
      cs: 'Datum narození: Neplatná hodnota.',
      en: 'Date of birth: Invalid value.',
    },
    {
      name: 'a string for a boolean',
      input: { ...rehor, taxDeclarationSigned: 'yes' },
      field: 'taxDeclarationSigned',
      cs: 'Podepsané prohlášení poplatníka: Neplatná hodnota.',
      en: 'Tax declaration signed: Invalid value.',
    },
    {
      name: 'an impossible date',
      input: { ...rehor, birthDate: '1980-02-30' },
      field: 'birthDate',
      cs: 'Datum narození: Zadejte platné datum (RRRR-MM-DD).',
      en: 'Date of birth: Enter a valid date (YYYY-MM-DD).',
    },
    {
      name: 'text too long',
      input: { ...rehor, lastName: 'x'.repeat(61) },
      field: 'lastName',
      cs: 'Příjmení: Nejvýše 60 znaků.',
      en: 'Last name: At most 60 characters.',
    },
    {
      name: 'not one of the options',
      input: { ...rehor, healthInsurer: '999' },
      field: 'healthInsurer',
      cs: 'Zdravotní pojišťovna: Vyberte jednu z nabízených možností.',
      en: 'Health insurer: Choose one of the options.',
    },
    {
      name: 'an unknown key',
      input: { ...rehor, shoeSize: 44 },
      field: 'shoeSize',
      cs: 'shoeSize: Neznámý údaj.',
      en: 'shoeSize: Unknown field.',
    },
    {
      name: 'two unknown keys (the first is named)',
      input: { ...rehor, shoeSize: 44, hat: 1 },
      field: 'shoeSize',
      cs: 'shoeSize: Neznámý údaj.',
      en: 'shoeSize: Unknown field.',
    },
  ];

  test.each(cases)('$name → invalidInput naming the field', ({ input, field, cs, en }) => {
    const czech = app.err('clients.create', input, 'cs');
    expect(czech.code).toBe('invalidInput');
    expect(czech.field).toBe(field);
    expect(czech.message).toBe(cs);
    expect(app.err('clients.create', input, 'en').message).toBe(en);
    expect(counts()).toEqual({ clients: 0, audit: 0 });
  });

  test.each([[[]], [[rehor]], ['hello'], [42]])('a non-object input %j → a general invalidInput', (input) => {
    const error = app.err('clients.create', input, 'cs');
    expect(error.code).toBe('invalidInput');
    expect(error.field).toBeUndefined();
    expect(error.message).toBe('Neplatný vstup: Neplatná hodnota.');
    expect(app.err('clients.create', input, 'en').message).toBe('Invalid input: Invalid value.');
    expect(counts()).toEqual({ clients: 0, audit: 0 });
  });

  test('every refused field is listed with its problem, not only the first', () => {
    const error = app.err('clients.create', { ...rehor, firstName: '', birthDate: '15. 3. 1980' }, 'en');
    expect(error.field).toBe('firstName');
    expect(error.params?.fields).toEqual({
      firstName: 'Please fill this in.',
      birthDate: expect.any(String) as string,
    });
    expect(counts()).toEqual({ clients: 0, audit: 0 });
  });

  test('an id of the wrong kind', () => {
    expect(app.err('clients.get', { id: 'abc' }, 'cs')).toMatchObject({
      code: 'invalidInput',
      field: 'id',
      message: 'Záznam: Neplatná hodnota.',
    });
    expect(app.err('clients.get', { id: 1.5 }, 'en')).toMatchObject({
      field: 'id',
      message: 'Record: Enter a whole number.',
    });
    expect(app.err('clients.get', {}, 'en')).toMatchObject({ field: 'id', message: 'Record: Please fill this in.' });
  });

  test('null input for a method without fields is accepted', () => {
    expect(app.api.call('system.info', null)).toEqual({
      ok: true,
      value: { appVersion: '0.0.0', schemaVersion: '', today: '2026-11-24' },
    });
  });
});

describe('a failed call changes nothing', () => {
  test('a rule refusing the call (duplicate code) writes no row and no audit entry', () => {
    app.ok('clients.create', rehor);
    const before = counts();
    expect(before).toEqual({ clients: 1, audit: 1 });
    const error = app.err('clients.create', { ...rehor, code: 'k-001', firstName: 'Jan', lastName: 'Novák' });
    expect(error).toMatchObject({ code: 'client.codeTaken', field: 'code' });
    expect(counts()).toEqual(before);
  });

  test('a failure after the row was written rolls the row back', () => {
    // A trigger makes the audit insert (which follows the client insert) fail.
    app.database.sqlite.exec(
      `CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit disk full'); END;`,
    );
    expect(app.err('clients.create', rehor).code).toBe('internal');
    expect(counts()).toEqual({ clients: 0, audit: 0 });
    expect(app.database.sqlite.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'clients'`).get()).toBeUndefined();
  });

  test('an update that fails after writing keeps the old values', () => {
    const created = app.ok('clients.create', rehor);
    app.database.sqlite.exec(
      `CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit disk full'); END;`,
    );
    expect(app.err('clients.update', { ...rehor, id: created.id, lastName: 'Novák', city: 'Brno' }).code).toBe(
      'internal',
    );
    expect(app.ok('clients.get', { id: created.id })).toMatchObject({ lastName: 'Šťastný', city: null });
  });
});

describe('unexpected exceptions', () => {
  test('become code internal with a generic message and are reported to the caller of the dispatcher', () => {
    const reported: { method: string; error: unknown }[] = [];
    const api = checked(
      createDispatcher({
        db: app.database.db,
        now: fixedNow,
        onInternalError: (m, error) => reported.push({ method: m, error }),
      }),
    );
    app.database.sqlite.exec(
      `CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'secret detail /home/x'); END;`,
    );

    const cs = api.call('clients.create', rehor, { locale: 'cs' });
    const en = api.call('clients.create', rehor, { locale: 'en' });
    expect(cs).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Nastala neočekávaná chyba. Nic nebylo uloženo. Zkuste to prosím znovu.' },
    });
    expect(en).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something unexpected went wrong. Nothing was saved. Please try again.' },
    });
    const text = JSON.stringify(en);
    expect(text).not.toContain('secret detail');
    expect(text).not.toMatch(/\bat \S+:\d+/);
    expect(reported).toHaveLength(2);
    expect(reported[0]?.method).toBe('clients.create');
    expect((reported[0]?.error as Error).message).toBe('secret detail /home/x');
  });
});

describe('the contract', () => {
  test('joinGroups refuses a method name defined twice', () => {
    const def = method({ summary: 'x', kind: 'read', input: z.strictObject({}), output: z.null() });
    expect(() => joinGroups({ 'a.one': def }, { 'a.two': def }, { 'a.one': def })).toThrow(
      'Method a.one is defined twice',
    );
    expect(Object.keys(joinGroups({ 'a.one': def }, { 'a.two': def }))).toEqual(['a.one', 'a.two']);
  });

  test('every method has a handler and every handler a method', () => {
    const methods = Object.keys(contract).sort();
    expect(Object.keys(handlers).sort()).toEqual(methods);
    for (const name of methods) expect(typeof (handlers as Record<string, unknown>)[name], name).toBe('function');
    expect(methods).toContain('clients.create');
    expect(methods.length).toBeGreaterThanOrEqual(18);
  });

  test('every method has a summary and zod schemas', () => {
    for (const [name, def] of Object.entries(contract)) {
      expect(def.summary.length, name).toBeGreaterThan(5);
      expect(def.input).toBeInstanceOf(z.ZodType);
      expect(def.output).toBeInstanceOf(z.ZodType);
    }
  });
});
