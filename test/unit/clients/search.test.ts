import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { rehor, testApp, type TestApp } from '../../helpers/db.js';

let app: TestApp;

// Entered in scrambled order; the list must come back in Czech alphabetical order.
const people: [string, string][] = [
  ['Žák', 'Pavel'],
  ['Chalupa', 'Milan'],
  ['Šimek', 'Karel'],
  ['Řezník', 'Josef'],
  ['Cihlář', 'Petr'],
  ['Svoboda', 'Jan'],
  ['Ivanová', 'Eva'],
  ['Hrubý', 'Josef'],
  ['Rybář', 'Tomáš'],
  ['Dvořák', 'Karel'],
  ['Čermák', 'Jan'],
];

const czechOrder = [
  'Cihlář',
  'Čermák',
  'Dvořák',
  'Hrubý',
  'Chalupa',
  'Ivanová',
  'Rybář',
  'Řezník',
  'Svoboda',
  'Šimek',
  'Šťastný',
  'Žák',
];

beforeEach(() => {
  app = testApp();
  app.ok('clients.create', rehor);
  people.forEach(([lastName, firstName], i) => {
    app.ok('clients.create', {
      code: `K-1${String(i).padStart(2, '0')}`,
      firstName,
      lastName,
      birthDate: `1970-01-${String(i + 1).padStart(2, '0')}`,
    });
  });
});
afterEach(() => app.close());

function list(input: Record<string, unknown> = {}) {
  return app.ok('clients.list', input);
}
const names = (input: Record<string, unknown> = {}) => list(input).items.map((c) => c.lastName);

describe('order', () => {
  test('is Czech alphabetical (ch after h, háček letters after their base letter)', () => {
    expect(names()).toEqual(czechOrder);
    expect(list().total).toBe(12);
  });

  test('pages keep the order and the total', () => {
    const page = list({ limit: 3, offset: 4 });
    expect(page.items.map((c) => c.lastName)).toEqual(['Chalupa', 'Ivanová', 'Rybář']);
    expect(page.total).toBe(12);
  });

  test('same surname sorts by first name; the shorter surname first', () => {
    app.ok('clients.create', { code: 'N-1', firstName: 'Zdeněk', lastName: 'Novák', birthDate: '1960-01-01' });
    app.ok('clients.create', { code: 'N-2', firstName: 'Adam', lastName: 'Novák', birthDate: '1960-01-02' });
    app.ok('clients.create', { code: 'N-3', firstName: 'Alena', lastName: 'Nováková', birthDate: '1960-01-03' });
    const found = list({ query: 'novak' }).items.map((c) => `${c.lastName} ${c.firstName}`);
    expect(found).toEqual(['Novák Adam', 'Novák Zdeněk', 'Nováková Alena']);
  });
});

describe('search', () => {
  test.each([
    ['rehor'],
    ['ŘEHOŘ'],
    ['Řehoř'],
    ['stastny'],
    ['ŠŤASTNÝ'],
    ['reha'],
    ['Řeha'],
    ['k-001'],
    ['K-001'],
    ['  rehor   stastny '],
    ['stastny rehor'],
    ['stast'],
  ])('%j finds Řehoř Šťastný', (query) => {
    const result = list({ query });
    expect(result.items.map((c) => `${c.firstName} ${c.lastName}`)).toEqual(['Řehoř Šťastný']);
    expect(result.total).toBe(1);
  });

  test('every word must match', () => {
    expect(list({ query: 'rehor novak' })).toEqual({ items: [], total: 0 });
    expect(names({ query: 'josef' })).toEqual(['Hrubý', 'Řezník']);
    expect(names({ query: 'josef hruby' })).toEqual(['Hrubý']);
  });

  test('a part of a name with diacritics is found without them', () => {
    expect(names({ query: 'cer' })).toEqual(['Čermák']);
    expect(names({ query: 'rez' })).toEqual(['Řezník']);
  });

  test('LIKE wildcards in the query are plain characters', () => {
    expect(list({ query: '%' }).total).toBe(0);
    expect(list({ query: '_' }).total).toBe(0);
    expect(list({ query: 'k-0_1' }).total).toBe(0);
  });

  test('an empty query lists everyone', () => {
    expect(list({ query: '   ' }).total).toBe(12);
  });

  test('a too long query is refused', () => {
    expect(app.err('clients.list', { query: 'x'.repeat(101) }, 'en')).toMatchObject({
      field: 'query',
      message: 'Search: At most 100 characters.',
    });
  });
});

describe('inactive clients', () => {
  test('are hidden unless includeInactive', () => {
    const zak = list({ query: 'zak' }).items[0];
    expect(zak?.lastName).toBe('Žák');
    app.ok('clients.deactivate', { id: zak?.id ?? 0 });

    expect(names()).not.toContain('Žák');
    expect(list().total).toBe(11);
    expect(list({ query: 'zak' }).total).toBe(0);

    const all = list({ includeInactive: true });
    expect(all.total).toBe(12);
    expect(all.items.at(-1)).toMatchObject({ lastName: 'Žák', active: false });
    expect(list({ query: 'zak', includeInactive: true }).items.map((c) => c.active)).toEqual([false]);
  });

  test('summaries carry the listed fields only', () => {
    expect(list({ query: 'rehor' }).items[0]).toEqual({
      id: 1,
      code: 'K-001',
      firstName: 'Řehoř',
      lastName: 'Šťastný',
      nickname: 'Řeha',
      birthDate: '1980-03-15',
      active: true,
      suspended: false,
      suspendedUntil: null,
    });
  });
});
