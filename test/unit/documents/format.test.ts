import { describe, expect, test } from 'vitest';
import { formatDate, formatMinutes, formatMoney, NBSP } from '../../../core/documents/format.js';

/** Shows no-break spaces as "~" so expectations stay readable. */
const visible = (s: string) => s.replaceAll(NBSP, '~');

describe('formatMoney', () => {
  test('Czech: grouped crowns, decimal comma, Kč after a no-break space', () => {
    expect(visible(formatMoney(171400, 'cs'))).toBe('1~714,00~Kč');
    expect(visible(formatMoney(201600, 'cs'))).toBe('2~016,00~Kč');
    expect(visible(formatMoney(5, 'cs'))).toBe('0,05~Kč');
    expect(visible(formatMoney(0, 'cs'))).toBe('0,00~Kč');
    expect(visible(formatMoney(123456789, 'cs'))).toBe('1~234~567,89~Kč');
    expect(visible(formatMoney(-30200, 'cs'))).toBe('-302,00~Kč');
  });

  test('English: currency code first, comma groups, decimal point', () => {
    expect(visible(formatMoney(171400, 'en'))).toBe('CZK~1,714.00');
    expect(visible(formatMoney(99, 'en'))).toBe('CZK~0.99');
    expect(visible(formatMoney(123456789, 'en'))).toBe('CZK~1,234,567.89');
    expect(visible(formatMoney(-30200, 'en'))).toBe('-CZK~302.00');
  });

  test('only whole haléře are accepted', () => {
    expect(() => formatMoney(1.5, 'cs')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'en')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  test('Czech: day. month. year without leading zeros', () => {
    expect(visible(formatDate('2026-11-24', 'cs'))).toBe('24.~11.~2026');
    expect(visible(formatDate('2026-01-05', 'cs'))).toBe('5.~1.~2026');
  });

  test('English: day, short month, year (Sep, not Sept)', () => {
    expect(visible(formatDate('2026-11-24', 'en'))).toBe('24~Nov~2026');
    expect(visible(formatDate('2026-09-01', 'en'))).toBe('1~Sep~2026');
  });

  test('rejects what is not an ISO date', () => {
    expect(() => formatDate('24.11.2026', 'cs')).toThrow(RangeError);
    expect(() => formatDate('2026-13-01', 'en')).toThrow(RangeError);
  });
});

describe('formatMinutes', () => {
  test('hours and minutes, leaving out a zero part', () => {
    expect(visible(formatMinutes(180))).toBe('3~h');
    expect(visible(formatMinutes(150))).toBe('2~h~30~min');
    expect(visible(formatMinutes(45))).toBe('45~min');
    expect(visible(formatMinutes(0))).toBe('0~min');
    expect(visible(formatMinutes(61))).toBe('1~h~1~min');
  });

  test('rejects negative and fractional minutes', () => {
    expect(() => formatMinutes(-1)).toThrow(RangeError);
    expect(() => formatMinutes(2.5)).toThrow(RangeError);
  });
});
