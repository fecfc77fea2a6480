import { expect, test } from 'vitest';
import { clockTime, fullName, shortDateText, timeRange, weekdayHeading } from '@contract/present.js';
import { shiftName } from '../../../renderer/src/features/schedule/format.js';

/** Dates and names carry no-break spaces; compare plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test('clock times drop the leading zero of the hour only', () => {
  expect(clockTime('09:00')).toBe('9:00');
  expect(clockTime('10:05')).toBe('10:05');
  expect(clockTime('00:30')).toBe('0:30');
  expect(plain(timeRange('09:00', '12:00'))).toBe('9:00 – 12:00');
});

test('short dates in each language', () => {
  expect(plain(shortDateText('cs', '2026-11-30'))).toBe('30. 11.');
  expect(plain(shortDateText('en', '2026-11-30'))).toBe('30 Nov');
  expect(plain(shortDateText('en', '2027-01-04'))).toBe('4 Jan');
});

test('a board shift named in a sentence, a day heading and a name', () => {
  const shift = { date: '2026-11-30', start: '09:00' };
  expect(plain(shiftName('cs', shift))).toBe('po 30. 11. 9:00');
  expect(plain(shiftName('en', shift))).toBe('Mon 30 Nov 9:00');
  expect(weekdayHeading('cs', 3)).toBe('Středa');
  expect(weekdayHeading('en', 7)).toBe('Sunday');
  expect(fullName({ firstName: 'Řehoř', lastName: 'Šťastný' })).toBe('Řehoř Šťastný');
});
