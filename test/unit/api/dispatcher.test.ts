import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatcher } from '../../../core/api/dispatcher.js';
import { agreementSettingsDefaults } from '../../../core/agreements/settings.js';
import { handlers } from '../../../core/api/handlers.js';
import { contract } from '../../../core/contract/index.js';
import { joinGroups, method } from '../../../core/contract/method.js';
import { checked, fixedNow, rehor, testApp, type TestApp } from '../../helpers/db.js';
import { attendanceDefaults } from '../../../core/attendance/settings.js';
import { scheduleDefaults } from '../../../core/schedule/settings.js';
import { countRows, employerInput, parameters2027 } from '../support.js';

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

/** The life of one agreement of client 1, each call valid after the ones before it. */
const agreementTerms = {
  validTo: null,
  workDescription: 'úklid',
  workplace: 'Křenová 62, 602 00 Brno',
  weeklyMinutes: 180,
  hourlyRate: 13440,
  advanceShareBp: 7500,
  payday: 15,
  noticeDays: 15,
  scheduleNoticeDays: 3,
  noticeTerms: 'Dohodu lze zrušit výpovědí.',
};
const agreementCalls: [string, unknown][] = [
  ['agreements.saveSettings', { ...agreementSettingsDefaults, watchDays: 45 }],
  ['agreements.create', { clientId: 1, validFrom: '2026-12-01', ...agreementTerms }],
  ['agreements.delete', { id: 1 }],
  ['agreements.create', { clientId: 1, validFrom: '2026-12-01', ...agreementTerms }],
  ['agreements.update', { id: 2, validFrom: '2026-12-01', ...agreementTerms, hourlyRate: 13500 }],
  ['agreements.print', { id: 2 }],
  ['agreements.sign', { id: 2, signedOn: '2026-11-24' }],
  ['agreements.undoSign', { id: 2 }],
  ['agreements.sign', { id: 2, signedOn: '2026-11-24' }],
  ['agreements.printInformation', { id: 2 }],
  ['agreements.amend', { agreementId: 2, effectiveFrom: '2026-12-10', ...agreementTerms, hourlyRate: 13600 }],
  ['agreements.printAmendment', { id: 1 }],
  ['agreements.signAmendment', { id: 1, signedOn: '2026-11-24' }],
  ['agreements.amend', { agreementId: 2, effectiveFrom: '2026-12-20', ...agreementTerms, hourlyRate: 13700 }],
  ['agreements.discardAmendment', { id: 2 }],
  ['agreements.end', { id: 2, reason: 'notice', noticeBy: 'employer', deliveredOn: '2026-11-24' }],
  ['agreements.printNotice', { id: 2 }],
  ['agreements.undoEnd', { id: 2 }],
  ['agreements.prepareNotice', { id: 2, noticeBy: 'employer' }],
  [
    'agreements.recordSigned',
    { clientId: 1, validFrom: '2025-12-15', ...agreementTerms, validTo: '2026-06-30', signedOn: '2025-12-10' },
  ],
];

describe('audit log', () => {
  /** One call for every write method; the test fails when a write method is added without a case here. */
  const writeCalls: [string, unknown][] = [
    ['clients.create', rehor],
    ['clients.update', { ...rehor, id: 1, city: 'Brno' }],
    ['clients.addSuspension', { clientId: 1, fromDate: '2026-11-01', toDate: '2026-11-30', reason: 'Agrese' }],
    ['clients.removeSuspension', { id: 1 }],
    ['clients.deactivate', { id: 1, reason: 'Odstěhoval se' }],
    ['clients.reactivate', { id: 1 }],
    ['settings.saveEmployer', employerInput],
    ['settings.savePreferences', { language: 'en' }],
    ...agreementCalls,
    ['settings.saveParameters', parameters2027],
    ['agreements.prepareMinimumWage', { effectiveFrom: '2027-01-01', agreementIds: [2] }],
    ['agreements.printAmendments', { ids: [3] }],
    ['settings.deleteParameters', { id: 3 }],
    // The schedule, in an order where each call is allowed: seeded patterns 1–3 (Mon, Wed, Fri).
    ['schedule.saveSettings', { ...scheduleDefaults, weeklyLimit: 1 }],
    [
      'schedule.savePattern',
      { weekday: 2, start: '13:00', end: '16:00', places: 1, place: 'Sklad', validFrom: '2026-11-01' },
    ],
    ['schedule.endPattern', { id: 4, lastDay: '2026-12-31' }],
    // Writes week 49 (shifts 1–4: Mon, Tue, Wed, Fri) and adds shift 5 on Saturday.
    ['schedule.addExtraShift', { date: '2026-12-05', start: '09:00', end: '12:00', places: 1, place: 'Sklad' }],
    ['schedule.book', { shift: { shiftId: 5 }, clientId: 1 }],
    ['clients.create', { ...rehor, code: 'K-002', firstName: 'Jana', lastName: 'Nováková' }],
    ['schedule.addToWaitingList', { shift: { shiftId: 5 }, clientId: 2 }],
    ['schedule.removeFromWaitingList', { entryId: 1 }],
    ['schedule.addToWaitingList', { shift: { shiftId: 5 }, clientId: 2 }],
    ['schedule.cancelBooking', { bookingId: 1, kind: 'inTime' }],
    ['schedule.markTold', { bookingId: 2 }],
    ['schedule.updateShift', { shift: { shiftId: 5 }, start: '09:00', end: '12:00', places: 2, place: 'Sklad' }],
    ['schedule.restoreBooking', { bookingId: 1 }],
    ['schedule.moveBooking', { bookingId: 1, to: { shiftId: 1 } }],
    ['schedule.cancelShift', { shift: { shiftId: 1 }, reason: 'Svátek' }],
    ['schedule.restoreShift', { shiftId: 1 }],
    ['holidays.save', { date: '2026-12-07', nameCs: 'Svátek', nameEn: 'Holiday' }],
    ['schedule.openHolidayShift', { shift: { patternId: 1, date: '2026-12-07' } }],
    ['holidays.delete', { date: '2026-12-07' }],
    // The cash book, and a shift worked today (extra shift 14) whose advance is paid, cancelled and declined.
    ['cash.setOpeningBalance', { date: '2026-11-24', amount: 100000 }],
    ['cash.topUp', { date: '2026-11-24', amount: 50000, note: 'Banka' }],
    [
      'agreements.recordSigned',
      { clientId: 2, validFrom: '2026-11-24', ...agreementTerms, validTo: null, signedOn: '2026-11-24' },
    ],
    ['schedule.addExtraShift', { date: '2026-11-24', start: '09:30', end: '12:00', places: 3, place: 'Sklad' }],
    ['schedule.book', { shift: { shiftId: 14 }, clientId: 2 }],
    [
      'attendance.recordArrival',
      {
        bookingId: 5,
        outcome: 'admitted',
        fitness: attendanceDefaults.fitnessItems.map((item) => ({ label: item.cs, ok: true })),
      },
    ],
    ['attendance.saveWorkRecord', { arrivalId: 1, start: '09:30', end: '12:00' }],
    ['attendance.saveSettings', attendanceDefaults],
    ['advances.pay', { workRecordId: 1 }],
    ['cash.cancelReceipt', { id: 1, reason: 'Chybný doklad' }],
    ['advances.decline', { workRecordId: 1, reason: null }],
    // Last: from here on the stored name, not the door's, is who acts.
    ['settings.saveCoordinator', { coordinatorName: 'Jana Malá' }],
  ];

  test('covers every write method of the contract', () => {
    const kindOf = (name: string) => (contract as Record<string, { kind: string }>)[name]?.kind;
    const writeMethods = Object.entries(contract)
      .filter(([, def]) => def.kind === 'write')
      .map(([name]) => name);
    const called = new Set(writeCalls.map(([name]) => name));
    expect([...called].filter((name) => kindOf(name) === 'write').sort()).toEqual(writeMethods.sort());
  });

  test('every write method leaves an entry with actor, method and time', () => {
    for (const [name, input] of writeCalls) {
      const before = countRows(app.database.sqlite, 'audit_log');
      expect(app.api.call(name, input), name).toMatchObject({ ok: true });
      const rows = app.database.sqlite.prepare('SELECT actor, method, at FROM audit_log WHERE id > ?').all(before);
      expect(rows, name).toEqual([{ actor: 'test', method: name, at: '2026-11-24T09:00:00+01:00' }]);
    }
  });

  test('read methods leave none', async () => {
    app.ok('clients.create', { ...rehor, street: 'Cejl 12', city: 'Brno', postcode: '602 00' });
    app.ok('settings.saveEmployer', employerInput);
    const draft = app.ok('agreements.draftDefaults', { clientId: 1 });
    const agreement = app.ok('agreements.create', draft.input);
    expect((await app.api.run('agreements.print', { id: agreement.id })).ok).toBe(true);
    // A shift worked today and its advance paid, for the cash book's and the advances' reads.
    app.ok('agreements.sign', { id: agreement.id, signedOn: '2026-11-24' });
    app.ok('cash.setOpeningBalance', { date: '2026-11-24', amount: 100000 });
    const { shiftId } = app.ok('schedule.addExtraShift', {
      date: '2026-11-24',
      start: '09:30',
      end: '12:00',
      places: 1,
      place: 'Sklad',
    });
    const { bookingId } = app.ok('schedule.book', { shift: { shiftId }, clientId: 1 });
    const fitness = attendanceDefaults.fitnessItems.map((item) => ({ label: item.cs, ok: true }));
    const { arrival } = app.ok('attendance.recordArrival', { bookingId, outcome: 'admitted', fitness });
    const record = app.ok('attendance.saveWorkRecord', { arrivalId: arrival.id, start: '09:30', end: '12:00' });
    expect((await app.api.run('advances.pay', { workRecordId: record.id })).ok).toBe(true);
    const before = countRows(app.database.sqlite, 'audit_log');
    const inputs: Record<string, unknown> = {
      'agreements.get': { id: agreement.id },
      'agreements.draftDefaults': { clientId: 1 },
      'agreements.minimumWagePlan': { effectiveFrom: '2026-01-01' },
      'agreements.reprint': { documentId: 1 },
      'clients.get': { id: 1 },
      'settings.parametersOn': { date: '2026-01-01' },
      'clients.checkDuplicates': { firstName: rehor.firstName, lastName: rehor.lastName, birthDate: rehor.birthDate },
      'schedule.week': { year: 2026, week: 49 },
      'holidays.list': { year: 2026 },
      'schedule.printWeek': { year: 2026, week: 49 },
      'schedule.printDay': { date: '2026-11-30' },
      'schedule.releasePreview': { clientId: 1 },
      'schedule.clientHistory': { clientId: 1 },
      'cash.book': { from: '2026-11-01', to: '2026-11-30' },
      'cash.receipt': { id: 1 },
      'cash.printReceipt': { id: 1 },
      'cash.printDay': { date: '2026-11-24' },
      'cash.printMonth': { month: '2026-11' },
      'advances.propose': { workRecordId: record.id },
      'advances.ofDay': { date: '2026-11-24' },
      'attendance.day': { date: '2026-11-24' },
      'attendance.workRecordHistory': { workRecordId: record.id },
    };
    const recording = new Set(writeCalls.map(([name]) => name));
    for (const [name, def] of Object.entries(contract)) {
      if (def.kind === 'write' || def.kind === 'maintenance' || recording.has(name)) continue;
      const result = app.api.call(name, inputs[name] ?? {});
      expect(result.ok, name).toBe(true);
    }
    expect(countRows(app.database.sqlite, 'audit_log')).toBe(before);
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
