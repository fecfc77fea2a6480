import { describe, expect, test } from 'vitest';
import {
  addDays,
  ageOn,
  daysBetween,
  isoWeekday,
  isoWeekOf,
  isValidIsoDate,
  instantOf,
  localIsoDate,
  localMoment,
  mondayOfIsoWeek,
  timestampOf,
} from '../../../core/contract/dates.js';

describe('ISO weeks', () => {
  test.each([
    ['2026-01-01', 2026, 1], // Thursday
    ['2025-12-29', 2026, 1], // Monday of 2026-W01
    ['2025-12-28', 2025, 52],
    ['2027-01-01', 2026, 53], // Friday: 2026 has 53 weeks
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2026-11-24', 2026, 48],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
  ])('%s is %i-W%i', (date, year, week) => {
    expect(isoWeekOf(date)).toEqual({ year, week });
  });

  test.each([
    [2026, 1, '2025-12-29'],
    [2026, 48, '2026-11-23'],
    [2026, 53, '2026-12-28'],
    [2027, 1, '2027-01-04'],
    [2025, 1, '2024-12-30'],
  ])('Monday of %i-W%i is %s', (year, week, monday) => {
    expect(mondayOfIsoWeek(year, week)).toBe(monday);
    expect(isoWeekday(monday)).toBe(1);
    expect(isoWeekOf(monday)).toEqual({ year, week });
  });

  test('every day of two years maps back to its week’s Monday', () => {
    for (let day = '2026-01-01'; day < '2028-01-01'; day = addDays(day, 1)) {
      const { year, week } = isoWeekOf(day);
      expect(daysBetween(mondayOfIsoWeek(year, week), day)).toBe(isoWeekday(day) - 1);
    }
  });

  test('weekdays run Monday = 1 … Sunday = 7', () => {
    expect(['2026-11-23', '2026-11-24', '2026-11-29'].map(isoWeekday)).toEqual([1, 2, 7]);
  });
});

describe('day arithmetic', () => {
  test('addDays crosses daylight-saving changes and month ends', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // clocks go forward on the 29th
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26'); // clocks go back on the 25th
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-01', 365)).toBe('2027-03-01');
  });

  test('daysBetween counts calendar days across daylight saving', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-11-24', '2026-11-20')).toBe(-4);
  });

  test('local date and time are the wall clock’s, also around midnight', () => {
    expect(localIsoDate(new Date(2026, 10, 24, 0, 30))).toBe('2026-11-24');
    expect(localIsoDate(new Date(2026, 2, 29, 23, 59))).toBe('2026-03-29');
    // 23:30 UTC on 24 Nov is already 25 Nov in Prague.
    expect(localIsoDate(new Date(Date.UTC(2026, 10, 24, 23, 30)))).toBe('2026-11-25');
  });

  test('a timestamp carries the offset of the clock change, both times 02:30 of 25 October apart', () => {
    expect(timestampOf(new Date(2026, 10, 24, 9, 5, 7))).toBe('2026-11-24T09:05:07+01:00');
    expect(timestampOf(new Date(2026, 6, 1, 23, 59, 59))).toBe('2026-07-01T23:59:59+02:00');
    // 00:30 and 01:30 UTC are both 02:30 on the wall clock in Prague.
    const first = timestampOf(new Date(Date.UTC(2026, 9, 25, 0, 30)));
    const second = timestampOf(new Date(Date.UTC(2026, 9, 25, 1, 30)));
    expect([first, second]).toEqual(['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00']);
    expect(instantOf(second).getTime() - instantOf(first).getTime()).toBe(3_600_000);
  });

  test('timestamps compare by the moment they name, not by their text', () => {
    const before = '2026-10-25T02:50:00+02:00';
    const after = '2026-10-25T02:10:00+01:00';
    expect(after < before).toBe(true);
    expect(instantOf(after).getTime()).toBeGreaterThan(instantOf(before).getTime());
    expect(instantOf('2026-11-24T08:00:00Z').getTime()).toBe(instantOf('2026-11-24T09:00:00+01:00').getTime());
  });

  test.each(['2026-11-24T09:00:00', '2026-11-24', '2026-13-24T09:00:00+01:00', 'včera'])(
    'a text without a UTC offset is no timestamp: %s',
    (text) => expect(() => instantOf(text)).toThrow(RangeError),
  );

  test('a local start time names a moment; the repeated October hour means its first pass', () => {
    expect(localMoment('2026-11-30', '09:00').toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(localMoment('2026-07-01', '09:00').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(localMoment('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  test('age in whole years', () => {
    expect(ageOn('1980-03-15', '2026-03-14')).toBe(45);
    expect(ageOn('1980-03-15', '2026-03-15')).toBe(46);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});

describe('isValidIsoDate', () => {
  test.each(['2026-02-28', '2028-02-29', '2026-12-31', '2000-02-29', '1953-01-01'])('%s is valid', (v) =>
    expect(isValidIsoDate(v)).toBe(true),
  );
  test.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-1-01',
    '26-01-01',
    '2026-01-01T00:00',
    '',
    'dnes',
  ])('%s is refused', (v) => expect(isValidIsoDate(v)).toBe(false));
});
