import { describe, expect, test } from 'vitest';
import {
  dateText,
  daysText,
  durationText,
  fullName,
  hoursText,
  listName,
  minutesText,
  moneyText,
  NBSP,
  outOfText,
  percentText,
  periodText,
  shiftLabel,
  shortDateText,
  timeRange,
  weekdayHeading,
  weekdayName,
  weekdayText,
  weekLabel,
} from '../../../core/contract/present.js';

/** Shows no-break spaces as "~" so expectations stay readable. */
const visible = (s: string) => s.replaceAll(NBSP, '~');

describe('moneyText', () => {
  test('Czech: grouped crowns, decimal comma, Kč after a no-break space', () => {
    expect(visible(moneyText('cs', 171400))).toBe('1~714,00~Kč');
    expect(visible(moneyText('cs', 123450))).toBe('1~234,50~Kč');
    expect(visible(moneyText('cs', 5))).toBe('0,05~Kč');
    expect(visible(moneyText('cs', 0))).toBe('0,00~Kč');
    expect(visible(moneyText('cs', 123456789))).toBe('1~234~567,89~Kč');
    expect(visible(moneyText('cs', -30200))).toBe('-302,00~Kč');
  });

  test('English: currency code first, comma groups, decimal point', () => {
    expect(visible(moneyText('en', 123450))).toBe('CZK~1,234.50');
    expect(visible(moneyText('en', 99))).toBe('CZK~0.99');
    expect(visible(moneyText('en', 123456789))).toBe('CZK~1,234,567.89');
    expect(visible(moneyText('en', -30200))).toBe('-CZK~302.00');
  });

  test('only whole haléře are accepted', () => {
    expect(() => moneyText('cs', 1.5)).toThrow(RangeError);
    expect(() => moneyText('en', Number.NaN)).toThrow(RangeError);
  });

  test('a language the app does not speak reads as Czech, the default', () => {
    expect(visible(moneyText('de', 100))).toBe('1,00~Kč');
  });
});

describe('dates', () => {
  test('Czech: day. month. year without leading zeros', () => {
    expect(visible(dateText('cs', '2026-11-24'))).toBe('24.~11.~2026');
    expect(visible(dateText('cs', '2026-01-05'))).toBe('5.~1.~2026');
  });

  test('English: day, short month, year (Sep, not Sept)', () => {
    expect(visible(dateText('en', '2026-11-24'))).toBe('24~Nov~2026');
    expect(visible(dateText('en', '2026-09-01'))).toBe('1~Sep~2026');
  });

  test('rejects what is not an ISO date', () => {
    expect(() => dateText('cs', '24.11.2026')).toThrow(RangeError);
    expect(() => dateText('en', '2026-13-01')).toThrow(RangeError);
  });

  test('the day without the year, and the weekday for headings', () => {
    expect(visible(shortDateText('cs', '2026-11-30'))).toBe('30.~11.');
    expect(visible(shortDateText('en', '2026-11-30'))).toBe('30~Nov');
    expect(weekdayHeading('cs', 1)).toBe('Pondělí');
    expect(weekdayHeading('en', 7)).toBe('Sunday');
    expect(weekdayText('cs', '2026-12-02')).toBe('středa');
    expect(weekdayText('en', '2026-12-02', 'short')).toBe('Wed');
    expect(() => weekdayName('cs', 8)).toThrow(RangeError);
  });

  test('a period, open-ended or not', () => {
    expect(visible(periodText('cs', '2026-12-01', '2027-12-31'))).toBe('1.~12.~2026 – 31.~12.~2027');
    expect(visible(periodText('cs', '2026-12-01', null))).toBe('od 1.~12.~2026 na dobu neurčitou');
    expect(visible(periodText('en', '2026-12-01', null))).toBe('from 1~Dec~2026, open-ended');
  });
});

describe('clock times, shifts and weeks', () => {
  test('a shift named in a sentence drops the leading zero of the hour', () => {
    expect(visible(shiftLabel('cs', { date: '2026-11-30', startTime: '09:00' }))).toBe('po 30.~11. 9:00');
    expect(visible(shiftLabel('en', { date: '2026-11-30', startTime: '13:30' }))).toBe('Mon 30~Nov 13:30');
  });

  test('a time range stays on one line', () => {
    expect(visible(timeRange('09:00', '12:00'))).toBe('9:00~–~12:00');
  });

  test('the week number carries its year only when it is not this year', () => {
    expect(weekLabel('2026-12-28', '2026-11-24')).toBe('53');
    expect(weekLabel('2027-01-04', '2026-11-24')).toBe('1/2027');
  });

  test('names: first name first in a sentence, surname first in a list', () => {
    const person = { firstName: 'Řehoř', lastName: 'Šťastný' };
    expect(fullName(person)).toBe('Řehoř Šťastný');
    expect(listName(person)).toBe('Šťastný Řehoř');
  });
});

describe('durations and rates', () => {
  test('minutes as hours and minutes, leaving out a zero part', () => {
    expect(visible(minutesText(180))).toBe('3~h');
    expect(visible(minutesText(150))).toBe('2~h~30~min');
    expect(visible(minutesText(45))).toBe('45~min');
    expect(visible(minutesText(0))).toBe('0~min');
    expect(visible(minutesText(61))).toBe('1~h~1~min');
  });

  test('rejects negative and fractional minutes', () => {
    expect(() => minutesText(-1)).toThrow(RangeError);
    expect(() => minutesText(2.5)).toThrow(RangeError);
  });

  test('minutes in words, with Czech plural forms', () => {
    expect(visible(durationText('cs', 60))).toBe('1~hodina');
    expect(visible(durationText('cs', 150))).toBe('2~hodiny 30~minut');
    expect(visible(durationText('cs', 301))).toBe('5~hodin 1~minuta');
    expect(visible(durationText('cs', 0))).toBe('0~minut');
    expect(visible(durationText('en', 61))).toBe('1~hour 1~minute');
    expect(visible(durationText('en', 150))).toBe('2~hours 30~minutes');
  });

  test('hours as a decimal number', () => {
    expect(hoursText('cs', 450)).toBe('7,5');
    expect(hoursText('en', 100)).toBe('1.67');
    expect(hoursText('cs', 600)).toBe('10');
  });

  test('basis points as a percentage', () => {
    expect(visible(percentText('cs', 710))).toBe('7,1~%');
    expect(visible(percentText('cs', 7500))).toBe('75~%');
    expect(visible(percentText('cs', 1505))).toBe('15,05~%');
    expect(percentText('en', 710)).toBe('7.1%');
  });
});

describe('counts', () => {
  test.each([
    [1, '1~den', '1~day'],
    [2, '2~dny', '2~days'],
    [4, '4~dny', '4~days'],
    [5, '5~dní', '5~days'],
    [21, '21~dní', '21~days'],
    [22, '22~dní', '22~days'],
    [0, '0~dní', '0~days'],
  ])('%i days', (n, cs, en) => {
    expect(visible(daysText('cs', n))).toBe(cs);
    expect(visible(daysText('en', n))).toBe(en);
  });

  test('a part of a whole takes "z" or "ze" by how the whole is read', () => {
    expect(outOfText('cs', 4, 4)).toBe('4 ze 4');
    expect(outOfText('cs', 3, 5)).toBe('3 z 5');
    expect(outOfText('cs', 0, 7)).toBe('0 ze 7');
    expect(outOfText('en', 4, 4)).toBe('4 of 4');
  });
});
