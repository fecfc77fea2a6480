import { describe, expect, test } from 'vitest';
import {
  czechSortKey,
  foldText,
  isPersonName,
  isPrintableText,
  withoutInvisible,
} from '../../../core/contract/text.js';

describe('foldText', () => {
  test.each([
    ['Řehoř Šťastný', 'rehor stastny'],
    ['ŘEHOŘ', 'rehor'],
    ['  Žluťoučký   kůň ', 'zlutoucky kun'],
    ['Ďábel Ěě Ňň Óó Úů Ýý', 'dabel ee nn oo uu yy'],
    ['K-001', 'k-001'],
    ['Müller Straße', 'muller straße'],
    ['Ře\u200Bhoř', 'rehor'],
  ])('%j → %j', (input, folded) => expect(foldText(input)).toBe(folded));

  test('composed and decomposed forms fold alike', () => {
    expect(foldText('Ř'.normalize('NFD'))).toBe(foldText('Ř'.normalize('NFC')));
  });
});

const sorted = (values: string[]) =>
  [...values].sort((a, b) => (czechSortKey(a) < czechSortKey(b) ? -1 : czechSortKey(a) > czechSortKey(b) ? 1 : 0));

describe('czechSortKey', () => {
  test('orders surnames in Czech alphabetical order', () => {
    const expected = [
      'Adámek',
      'Cihlář',
      'Čermák',
      'Dvořák',
      'Hrubý',
      'Chalupa',
      'Chládek',
      'Iva',
      'Ivanová',
      'Rybář',
      'Řezník',
      'Svoboda',
      'Šimek',
      'Šťastný',
      'Tůma',
      'Zelenka',
      'Žák',
    ];
    expect(sorted([...expected].reverse())).toEqual(expected);
    expect(sorted(['Žák', 'Chalupa', 'Cihlář', 'Hrubý', 'Čermák', 'Iva'])).toEqual([
      'Cihlář',
      'Čermák',
      'Hrubý',
      'Chalupa',
      'Iva',
      'Žák',
    ]);
  });

  test('ch is one letter between h and i, also capitalised', () => {
    expect(sorted(['Ivo', 'CHALUPA', 'Hubert', 'Chalupa', 'Cyril'])).toEqual([
      'Cyril',
      'Hubert',
      'CHALUPA',
      'Chalupa',
      'Ivo',
    ]);
  });

  test('acute accents and ring only break ties', () => {
    expect(sorted(['Dusek', 'Dušek', 'Dúbek', 'Dubek'])).toEqual(['Dubek', 'Dúbek', 'Dusek', 'Dušek']);
    expect(sorted(['Vána', 'Vana', 'Vanák'])).toEqual(['Vana', 'Vána', 'Vanák']);
  });

  test('a shorter name sorts before its extension; case does not matter', () => {
    expect(sorted(['Nováková Alena', 'Novák Zdeněk', 'Novák Adam'])).toEqual([
      'Novák Adam',
      'Novák Zdeněk',
      'Nováková Alena',
    ]);
    expect(czechSortKey('NOVÁK')).toBe(czechSortKey('novák'));
  });

  test('digits sort before letters', () => {
    expect(sorted(['b', '2', 'a', '1'])).toEqual(['1', '2', 'a', 'b']);
  });
});

describe('names that print', () => {
  test.each([
    'Marie-Magdaléna Bohuslava',
    'Nováková-Dvořáková',
    "O'Brien",
    'O’Neill',
    'St. John',
    'Łukasz Żółć',
    'Ñúñez',
    'Владимир',
    'Γιώργος',
    'محمد',
    '李小龙',
    'Ř'.normalize('NFD') + 'ehoř',
  ])('%j is a name', (name) => expect(isPersonName(name)).toBe(true));

  test.each([
    ['Řehoř 😀', 'emoji'],
    ['Řehoř\u200B', 'zero-width space'],
    ['\u202EŘehoř', 'right-to-left override'],
    ['Řehoř\u200F', 'right-to-left mark'],
    ['Řeh\u0007oř', 'control character'],
    ['Řehoř\nŠťastný', 'line break'],
    ['Řehoř2', 'digit'],
    ['-Řehoř', 'starts with a hyphen'],
    ['Řehoř\uE000', 'private use'],
  ])('%j is refused (%s)', (name) => expect(isPersonName(name)).toBe(false));

  test('other text refuses only what does not print', () => {
    expect(isPrintableText('Pepa 2 (z Cejlu)')).toBe(true);
    expect(isPrintableText('Pepa 🍺')).toBe(false);
    expect(isPrintableText('Pepa\u2066x\u2069')).toBe(false);
  });

  test('invisible characters are left out when comparing', () => {
    expect(withoutInvisible('K-\u200B001\uFEFF')).toBe('K-001');
    expect(withoutInvisible('K-001')).toBe('K-001');
  });
});
