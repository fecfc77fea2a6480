import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { rehor, testApp, type TestApp } from '../../helpers/db.js';
import { countRows } from '../support.js';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

describe('names that print', () => {
  test('letters of any alphabet, hyphens, apostrophes and dots are kept as typed', () => {
    const client = app.ok('clients.create', {
      ...rehor,
      firstName: 'Marie-Magdaléna Bohuslava',
      lastName: 'Nováková-Dvořáková',
    });
    expect(`${client.firstName} ${client.lastName}`).toBe('Marie-Magdaléna Bohuslava Nováková-Dvořáková');
    const other = app.ok('clients.create', {
      code: 'K-2',
      firstName: 'Seán',
      lastName: "O'Brien-Ковальчук St.",
      birthDate: '1990-01-01',
    });
    expect(other.lastName).toBe("O'Brien-Ковальчук St.");
  });

  test.each([
    ['firstName', 'Řehoř 😀'],
    ['firstName', 'Řehoř\u200B'],
    ['lastName', '\u202EŠťastný'],
    ['lastName', 'Šťastný\u0007'],
  ])('%s %j is refused with the field named, and nothing is stored', (field, value) => {
    const error = app.err('clients.create', { ...rehor, [field]: value }, 'en');
    expect(error).toMatchObject({ code: 'invalidInput', field });
    expect(error.message).toContain('letters, spaces, hyphens, apostrophes and dots');
    expect(countRows(app.database.sqlite, 'clients')).toBe(0);
  });

  test('a nickname may hold digits but nothing invisible or emoji', () => {
    expect(app.ok('clients.create', { ...rehor, nickname: 'Řeha 2' }).nickname).toBe('Řeha 2');
    const error = app.err('clients.create', { ...rehor, code: 'K-9', nickname: 'Řeha 🍺' }, 'cs');
    expect(error).toMatchObject({ field: 'nickname' });
    expect(error.params?.problemKey).toBe('validation.printable');
  });

  test('client codes ignore zero-width characters when compared', () => {
    app.ok('clients.create', rehor);
    const error = app.err('clients.create', { ...rehor, code: 'K-\u200B001', firstName: 'Jan' }, 'en');
    expect(error).toMatchObject({ code: 'client.codeTaken', field: 'code' });
    const found = app.ok('clients.list', { query: 'K-0\u200B01' });
    expect(found.items.map((c) => c.code)).toEqual(['K-001']);
  });
});

describe('the date of birth', () => {
  test('a day after today is refused; today is the latest', () => {
    const error = app.err('clients.create', { ...rehor, birthDate: '2026-11-25' }, 'en');
    expect(error).toMatchObject({
      code: 'client.birthDateInFuture',
      field: 'birthDate',
      message: 'The date of birth cannot be later than today.',
    });
    const client = app.ok('clients.create', rehor);
    expect(app.err('clients.update', { ...rehor, id: client.id, birthDate: '2027-01-01' }).code).toBe(
      'client.birthDateInFuture',
    );
    expect(app.ok('clients.create', { ...rehor, code: 'K-2', birthDate: '2026-11-24' }).birthDate).toBe('2026-11-24');
  });

  test('a date before 1900 is refused at the field', () => {
    const error = app.err('clients.create', { ...rehor, birthDate: '1899-12-31' }, 'en');
    expect(error).toMatchObject({ code: 'invalidInput', field: 'birthDate' });
    expect(error.params?.problemKey).toBe('validation.birthDateTooEarly');
    expect(app.ok('clients.create', { ...rehor, birthDate: '1900-01-01' }).birthDate).toBe('1900-01-01');
  });

  test('a birth number must agree with the date it encodes, offsets included', () => {
    const born2005 = { ...rehor, birthDate: '2005-03-15' };
    expect(app.ok('clients.create', { ...born2005, birthNumber: '0523151233' }).birthNumber).toBe('052315/1233');
    const error = app.err('clients.create', {
      ...born2005,
      code: 'K-2',
      birthNumber: '0573151238',
      birthDate: '2005-03-16',
    });
    expect(error).toMatchObject({ field: 'birthNumber' });
    expect(error.params?.problemKey).toBe('validation.birthNumberMismatch');
    expect(app.err('clients.create', { ...rehor, code: 'K-3', birthNumber: '8023150003' }).params?.problemKey).toBe(
      'validation.birthNumber',
    );
  });
});
