import { describe, expect, test } from 'vitest';
import { czechFrom, pluralCategory } from '../../../core/contract/plural.js';

describe('plural categories', () => {
  test.each([
    [1, 'one'],
    [2, 'few'],
    [4, 'few'],
    [5, 'other'],
    [21, 'other'],
    [22, 'other'],
    [0, 'other'],
    [1.5, 'many'],
  ] as const)('Czech %s → %s', (n, category) => {
    expect(pluralCategory('cs', n)).toBe(category);
  });

  test.each([
    [1, 'one'],
    [2, 'other'],
    [21, 'other'],
  ] as const)('English %s → %s', (n, category) => {
    expect(pluralCategory('en', n)).toBe(category);
  });
});

describe('Czech "z" or "ze" before a number', () => {
  // By the genitive read aloud: ze dvou, ze tří, ze čtyř, ze šesti, ze sedmi, ze
  // dvanácti … ze dvaceti, ze sta; but z jednoho, z pěti, z osmi, z deseti, z padesáti.
  const ze = [2, 3, 4, 6, 7, 12, 13, 14, 16, 17, 20, 21, 24, 30, 33, 40, 60, 67, 70, 100, 150, 200, 2000];
  const z = [0, 1, 5, 8, 9, 10, 11, 15, 18, 19, 50, 55, 80, 85, 90, 99, 500, 1000, 1500];

  test.each(ze)('ze %i', (n) => expect(czechFrom(n)).toBe('ze'));
  test.each(z)('z %i', (n) => expect(czechFrom(n)).toBe('z'));
});
