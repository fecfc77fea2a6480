import { describe, expect, test } from 'vitest';
import { dateText, moneyText, percentText } from '@contract/present.js';
import { moneyForInput, parseMoney, parseTypedDate } from '../../../renderer/src/lib/format.js';

/** Intl separates numbers from units with (narrow) no-break spaces; compare plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('what people type for an amount', () => {
  test.each([
    ['134,40', 13440],
    ['134.40', 13440],
    ['134', 13400],
    ['134,4', 13440],
    ['0,05', 5],
    [' 1 340,05 Kč ', 134005],
    ['CZK 134.40', 13440],
  ])('%s is %i haléřů', (text, haler) => expect(parseMoney(text)).toBe(haler));

  test.each(['', '   ', 'abc', '134,405', '-5', '1,2,3', '134,-'])('"%s" is no amount', (text) =>
    expect(parseMoney(text)).toBeNull(),
  );

  test('an amount shown for editing reads back as the same haléře, in both languages', () => {
    for (const haler of [0, 5, 13440, 2330000, 99999999]) {
      expect(parseMoney(moneyForInput(haler, 'cs'))).toBe(haler);
      expect(parseMoney(moneyForInput(haler, 'en'))).toBe(haler);
    }
    expect(moneyForInput(13440, 'cs')).toBe('134,40');
    expect(moneyForInput(13440, 'en')).toBe('134.40');
  });
});

describe('what people type for a date', () => {
  test.each([
    ['15.3.1980', '1980-03-15'],
    ['15. 3. 1980', '1980-03-15'],
    ['15/03/1980', '1980-03-15'],
    ['1980-03-15', '1980-03-15'],
    ['1980-3-5', '1980-03-05'],
    ['  29.2.2028 ', '2028-02-29'],
  ])('%s is %s', (text, iso) => expect(parseTypedDate(text)).toBe(iso));

  test.each(['30.2.2026', '29.2.2026', '31.4.2026', '2026-13-01', '15.3.80', '15 3 1980', 'včera', ''])(
    '"%s" is no date',
    (text) => expect(parseTypedDate(text)).toBeNull(),
  );
});

describe('how dates and amounts are shown', () => {
  test('dates in each language; a timestamp shows its own calendar day', () => {
    expect(plain(dateText('cs', '2026-03-01'))).toBe('1. 3. 2026');
    expect(plain(dateText('en', '2026-03-01'))).toBe('1 Mar 2026');
    // Printed just after midnight on the night of the clock change: still 25 October.
    expect(plain(dateText('cs', '2026-10-25T00:30:00+02:00'))).toBe('25. 10. 2026');
  });

  test('money and rates', () => {
    expect(plain(moneyText('cs', 13440))).toBe('134,40 Kč');
    expect(plain(moneyText('en', 13440))).toBe('CZK 134.40');
    expect(plain(percentText('cs', 710))).toBe('7,1 %');
    expect(percentText('en', 710)).toBe('7.1%');
  });
});
