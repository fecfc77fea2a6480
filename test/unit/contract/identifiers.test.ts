import { describe, expect, test } from 'vitest';
import {
  formatBirthNumber,
  isValidCzechAccount,
  isValidIco,
  parseBirthNumber,
} from '../../../core/contract/identifiers.js';
import { birthNumberFor } from '../support.js';

describe('birth number (rodné číslo)', () => {
  test.each([
    ['8003150001', '1980-03-15'],
    ['800315/0001', '1980-03-15'],
    ['800315 / 0001', '1980-03-15'],
    ['8557021231', '1985-07-02'], // woman: month + 50
    ['0405121233', '2004-05-12'], // born after 2000
    ['0475121230', '2004-05-12'], // woman, month + 70 (since 2004); remainder 10 → check digit 0
    ['0052291239', '2000-02-29'], // leap day
    ['0523151233', '2005-03-15'], // man, month + 20 (since 2004)
    ['0573151238', '2005-03-15'], // woman, month + 70 (since 2004)
    ['530101/123', '1953-01-01'], // 9 digits: before 1954, no check digit
    ['535101123', '1953-01-01'], // 9 digits, woman
    ['000101/123', '1900-01-01'],
  ])('%s → %s', (value, birthDate) => {
    expect(parseBirthNumber(value)).toEqual({ birthDate });
  });

  test.each([
    ['8003150005', 'wrong check digit'],
    ['8003150000', 'wrong check digit'],
    ['540101/123', '9 digits after 1953'],
    ['8023150003', 'month + 20 before 2004'],
    ['8073150008', 'month + 70 before 2004'],
    ['005229/123', '29 February 1900 (not a leap year)'],
    ['8013150001', 'month 13'],
    ['8002300001', '30 February'],
    ['8003000001', 'day 0'],
    ['80031500', 'too short'],
    ['80031500011', 'too long'],
    ['80-03-15/0001', 'not digits'],
    ['', 'empty'],
  ])('%s is refused (%s)', (value) => {
    expect(parseBirthNumber(value)).toBeNull();
  });

  test('generated numbers round-trip for men and women across the century', () => {
    for (const date of ['1954-01-01', '1975-12-31', '1999-06-15', '2001-09-09']) {
      expect(parseBirthNumber(birthNumberFor(date))).toEqual({ birthDate: date });
      expect(parseBirthNumber(birthNumberFor(date, { female: true }))).toEqual({ birthDate: date });
    }
  });

  test('formatting puts the slash after the date part', () => {
    expect(formatBirthNumber('8003150001')).toBe('800315/0001');
    expect(formatBirthNumber('800315 / 0001')).toBe('800315/0001');
    expect(formatBirthNumber('530101123')).toBe('530101/123');
  });
});

describe('bank account', () => {
  test.each([
    '1234567004/0800',
    '19-2000145399/0800',
    '2000145399/0800',
    '000019-2000145399/0800',
    ' 19 - 2000145399 / 0800 ',
    '35/0300',
  ])('%s is valid', (value) => expect(isValidCzechAccount(value)).toBe(true));
  test.each([
    '1234567005/0800', // number checksum
    '18-2000145399/0800', // prefix checksum
    '2000145399', // no bank code
    '2000145399/800', // bank code 3 digits
    '0000000000/0800', // zero
    '1234567-2000145399/0800', // prefix too long
    '12345678901/0800', // number too long
    'CZ6508000000192000145399', // IBAN is not the domestic form
  ])('%s is refused', (value) => expect(isValidCzechAccount(value)).toBe(false));
});

describe('IČO', () => {
  test.each(['22601007', '00064581', '27082440', '25596641'])('%s is valid', (value) =>
    expect(isValidIco(value)).toBe(true),
  );
  test.each(['22601008', '00064582', '2260100', '226010071', '2260100a', ''])('%s is refused', (value) =>
    expect(isValidIco(value)).toBe(false),
  );
});
