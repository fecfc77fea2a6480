import { expect, test } from 'vitest';
import {
  clock,
  dayHeading,
  personName,
  shiftName,
  shortDate,
  timeRange,
} from '../../../renderer/src/features/schedule/format.js';
import { translator } from './i18n.js';

test('clock times drop the leading zero of the hour only', () => {
  expect(clock('09:00')).toBe('9:00');
  expect(clock('10:05')).toBe('10:05');
  expect(clock('00:30')).toBe('0:30');
  expect(timeRange('09:00', '12:00')).toBe('9:00–12:00');
});

test('short dates in each language', () => {
  expect(shortDate('2026-11-30', 'cs')).toBe('30. 11.');
  expect(shortDate('2026-11-30', 'en')).toBe('30 Nov');
  expect(shortDate('2027-01-04', 'en')).toBe('4 Jan');
});

test('a shift named in a sentence and a day heading, from the real catalogues', () => {
  const shift = { date: '2026-11-30', start: '09:00' };
  expect(shiftName(translator('cs'), 'cs', shift)).toBe('po 30. 11. 9:00');
  expect(shiftName(translator('en'), 'en', shift)).toBe('Mon 30 Nov 9:00');
  expect(dayHeading(translator('cs'), '2026-12-02')).toBe('Středa');
  expect(dayHeading(translator('en'), '2026-12-06')).toBe('Sunday');
  expect(personName({ firstName: 'Řehoř', lastName: 'Šťastný' })).toBe('Řehoř Šťastný');
});
