import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatcher } from '../../../core/api/dispatcher.js';
import type { Input } from '../../../core/contract/index.js';
import { checked, rehor, testApp, type TestApp } from '../../helpers/db.js';
import { birthNumberFor, countRows } from '../support.js';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

const full = {
  ...rehor,
  birthNumber: '800315/0001',
  street: '  Nádražní 12 ',
  city: 'Brno',
  postcode: '602 00',
  idDocumentNumber: '123456789',
  healthInsurer: '111',
  phone: '+420 777 123 456',
  paymentMethod: 'bank',
  bankAccount: '19-2000145399/0800',
  taxDeclarationSigned: true,
  taxDeclarationSince: '2026-01-05',
  statePaysHealthInsurance: true,
  notes: 'Chodí pozdě.',
} satisfies Input<'clients.create'>;

describe('create and get', () => {
  test('a client with every field is stored, trimmed and normalised', () => {
    const created = app.ok('clients.create', { ...full, birthNumber: '8003150001' });
    expect(created).toEqual({
      id: 1,
      code: 'K-001',
      firstName: 'Řehoř',
      lastName: 'Šťastný',
      nickname: 'Řeha',
      birthDate: '1980-03-15',
      birthNumber: '800315/0001',
      street: 'Nádražní 12',
      city: 'Brno',
      postcode: '602 00',
      idDocumentNumber: '123456789',
      healthInsurer: '111',
      phone: '+420 777 123 456',
      paymentMethod: 'bank',
      bankAccount: '19-2000145399/0800',
      taxDeclarationSigned: true,
      taxDeclarationSince: '2026-01-05',
      statePaysHealthInsurance: true,
      notes: 'Chodí pozdě.',
      active: true,
      deactivatedOn: null,
      deactivationReason: null,
      createdAt: '2026-11-24T09:00:00+01:00',
      updatedAt: '2026-11-24T09:00:00+01:00',
      suspensions: [],
      suspendedNow: null,
    });
    expect(app.ok('clients.get', { id: 1 })).toEqual(created);
  });

  test('a minimal client gets defaults; empty optional text becomes null', () => {
    const created = app.ok('clients.create', { ...rehor, nickname: '', city: '   ' });
    expect(created).toMatchObject({
      nickname: null,
      city: null,
      paymentMethod: 'cash',
      bankAccount: null,
      taxDeclarationSigned: false,
      taxDeclarationSince: null,
      statePaysHealthInsurance: false,
      birthNumber: null,
    });
  });

  test('a cash client keeps no account number', () => {
    const created = app.ok('clients.create', {
      ...rehor,
      paymentMethod: 'cash',
      bankAccount: '19-2000145399/0800',
    });
    expect(created.bankAccount).toBeNull();
  });

  test('an unknown id is notFound', () => {
    expect(app.err('clients.get', { id: 99 }, 'cs')).toEqual({
      code: 'notFound',
      field: 'id',
      message: 'Záznam nebyl nalezen (již byl smazán?).',
    });
  });
});

describe('update, deactivate, reactivate', () => {
  test('update changes the fields and updatedAt, not createdAt', () => {
    app.ok('clients.create', rehor);
    const later = checked(
      createDispatcher({
        db: app.database.db,
        now: () => new Date(2026, 10, 25, 14, 30, 5),
        actor: 'test',
      }),
    );
    const result = later.call('clients.update', { ...rehor, id: 1, lastName: 'Šťastná', city: 'Olomouc' });
    expect(result.ok).toBe(true);
    expect(app.ok('clients.get', { id: 1 })).toMatchObject({
      lastName: 'Šťastná',
      city: 'Olomouc',
      createdAt: '2026-11-24T09:00:00+01:00',
      updatedAt: '2026-11-25T14:30:05+01:00',
    });
    expect(app.err('clients.update', { ...rehor, id: 42 }).code).toBe('notFound');
  });

  test('deactivate and reactivate toggle the state; repeating either is refused', () => {
    app.ok('clients.create', rehor);
    expect(app.ok('clients.deactivate', { id: 1, reason: 'Odstěhoval se' })).toMatchObject({
      active: false,
      deactivatedOn: '2026-11-24',
      deactivationReason: 'Odstěhoval se',
    });
    expect(app.err('clients.deactivate', { id: 1 }, 'cs')).toMatchObject({
      code: 'client.alreadyInactive',
      message: 'Klient už je vyřazen.',
    });
    expect(app.ok('clients.reactivate', { id: 1 })).toMatchObject({
      active: true,
      deactivatedOn: null,
      deactivationReason: null,
    });
    expect(app.err('clients.reactivate', { id: 1 }, 'en')).toMatchObject({
      code: 'client.alreadyActive',
      message: 'The client is active.',
    });
  });
});

describe('client code', () => {
  test('is unique regardless of case', () => {
    app.ok('clients.create', rehor);
    const error = app.err('clients.create', {
      code: 'k-001',
      firstName: 'Jan',
      lastName: 'Novák',
      birthDate: '1970-01-01',
    });
    expect(error).toEqual({
      code: 'client.codeTaken',
      field: 'code',
      message: 'Client code "k-001" belongs to another client.',
      params: { code: 'k-001' },
    });
    expect(countRows(app.database.sqlite, 'clients')).toBe(1);
  });

  test('an update may not take another client’s code but may re-case its own', () => {
    app.ok('clients.create', rehor);
    const jan = { code: 'K-002', firstName: 'Jan', lastName: 'Novák', birthDate: '1970-01-01' };
    app.ok('clients.create', jan);
    expect(app.err('clients.update', { ...jan, id: 2, code: 'K-001' }).code).toBe('client.codeTaken');
    expect(app.ok('clients.update', { ...rehor, id: 1, code: 'k-001' })).toMatchObject({ code: 'k-001' });
  });
});

describe('likely duplicates', () => {
  const twin = { ...rehor, code: 'K-002', firstName: 'REHOR', lastName: 'stastny', nickname: null };

  test('same folded name and birth date is refused with the match listed', () => {
    app.ok('clients.create', rehor);
    const error = app.err('clients.create', twin);
    expect(error.code).toBe('client.possibleDuplicate');
    expect(error.field).toBe('allowDuplicate');
    expect(error.message).toContain('(K-001 Řehoř Šťastný)');
    expect(error.params?.clients).toEqual([
      { id: 1, code: 'K-001', firstName: 'Řehoř', lastName: 'Šťastný', birthDate: '1980-03-15', active: true },
    ]);
    expect(countRows(app.database.sqlite, 'clients')).toBe(1);
  });

  test('is accepted with allowDuplicate and found by checkDuplicates', () => {
    app.ok('clients.create', rehor);
    app.ok('clients.create', { ...rehor, code: 'K-003', birthDate: '1980-03-16' });
    expect(app.ok('clients.create', { ...twin, allowDuplicate: true }).id).toBe(3);
    const matches = app.ok('clients.checkDuplicates', {
      firstName: 'řehoř',
      lastName: 'ŠŤASTNÝ',
      birthDate: '1980-03-15',
    });
    expect(matches.map((m) => m.id)).toEqual([1, 3]);
    const others = app.ok('clients.checkDuplicates', {
      firstName: 'Řehoř',
      lastName: 'Šťastný',
      birthDate: '1980-03-15',
      excludeId: 1,
    });
    expect(others.map((m) => m.id)).toEqual([3]);
    expect(
      app.ok('clients.checkDuplicates', { firstName: 'Řehoř', lastName: 'Šťastný', birthDate: '1990-01-01' }),
    ).toEqual([]);
  });

  test('updating a client without changing identity is not flagged, even with a confirmed twin', () => {
    app.ok('clients.create', rehor);
    app.ok('clients.create', { ...twin, allowDuplicate: true });
    expect(app.ok('clients.update', { ...rehor, id: 1, city: 'Brno' })).toMatchObject({ city: 'Brno' });
    expect(app.ok('clients.update', { ...rehor, id: 1, firstName: 'Řehoř ', city: 'Zlín' })).toMatchObject({
      city: 'Zlín',
    });
  });

  test('renaming a client into someone else’s identity is flagged', () => {
    app.ok('clients.create', rehor);
    const jan = { code: 'K-002', firstName: 'Jan', lastName: 'Novák', birthDate: '1980-03-15' };
    app.ok('clients.create', jan);
    expect(app.err('clients.update', { ...jan, id: 2, firstName: 'Řehoř', lastName: 'Šťastný' }).code).toBe(
      'client.possibleDuplicate',
    );
    expect(app.ok('clients.get', { id: 2 })).toMatchObject({ firstName: 'Jan' });
  });
});

describe('birth number', () => {
  test.each([
    ['8003150001', '1980-03-15', '800315/0001'],
    ['800315/1233', '1980-03-15', '800315/1233'],
    ['8557021231', '1985-07-02', '855702/1231'],
    ['805315/1238', '1980-03-15', '805315/1238'],
    ['530101/123', '1953-01-01', '530101/123'],
    [birthNumberFor('1999-12-31', { female: true }), '1999-12-31', null],
  ])('%s is valid for %s', (birthNumber, birthDate, stored) => {
    const client = app.ok('clients.create', { ...rehor, birthNumber, birthDate });
    expect(client.birthNumber).toBe(stored ?? `${birthNumber.slice(0, 6)}/${birthNumber.slice(6)}`);
  });

  test.each(['8003150005', '800315000', '8013150001', '80031500011', 'abc'])('%s is refused', (birthNumber) => {
    const error = app.err('clients.create', { ...rehor, birthNumber }, 'en');
    expect(error).toMatchObject({
      code: 'invalidInput',
      field: 'birthNumber',
      message: 'Birth number: The birth number is not valid (YYMMDD/XXXX).',
    });
    expect(error.params?.problemKey).toBe('validation.birthNumber');
  });

  test('one that does not match the date of birth is refused', () => {
    const error = app.err('clients.create', { ...rehor, birthNumber: birthNumberFor('1980-03-16') }, 'cs');
    expect(error).toMatchObject({
      code: 'invalidInput',
      field: 'birthNumber',
      message: 'Rodné číslo: Rodné číslo neodpovídá datu narození.',
    });
    expect(error.params?.problemKey).toBe('validation.birthNumberMismatch');
  });
});

describe('payment and tax declaration', () => {
  test('a bank account is required for bank payment', () => {
    const error = app.err('clients.create', { ...rehor, paymentMethod: 'bank' }, 'cs');
    expect(error).toMatchObject({ field: 'bankAccount', message: 'Číslo účtu: Vyplňte prosím tento údaj.' });
  });

  test('the account number is checksum-validated', () => {
    const error = app.err('clients.create', { ...rehor, paymentMethod: 'bank', bankAccount: '1234567005/0800' }, 'en');
    expect(error).toMatchObject({
      field: 'bankAccount',
      message: 'Account number: The account number is not valid (prefix-number/bank code).',
    });
    expect(
      app.ok('clients.create', { ...rehor, paymentMethod: 'bank', bankAccount: '1234567004/0800' }).bankAccount,
    ).toBe('1234567004/0800');
  });

  test('a signed declaration needs its date; an unsigned one clears it', () => {
    expect(app.err('clients.create', { ...rehor, taxDeclarationSigned: true }, 'en')).toMatchObject({
      field: 'taxDeclarationSince',
      message: 'Declaration signed on: Please fill this in.',
    });
    app.ok('clients.create', { ...rehor, taxDeclarationSigned: true, taxDeclarationSince: '2026-02-01' });
    const updated = app.ok('clients.update', {
      ...rehor,
      id: 1,
      taxDeclarationSigned: false,
      taxDeclarationSince: '2026-02-01',
    });
    expect(updated).toMatchObject({ taxDeclarationSigned: false, taxDeclarationSince: null });
  });

  test('postcode and phone formats', () => {
    expect(app.err('clients.create', { ...rehor, postcode: '6020' }).field).toBe('postcode');
    expect(app.err('clients.create', { ...rehor, phone: '777-123-456' }).field).toBe('phone');
    expect(app.ok('clients.create', { ...rehor, postcode: '60200', phone: '777123456' })).toMatchObject({
      postcode: '60200',
      phone: '777123456',
    });
  });
});
