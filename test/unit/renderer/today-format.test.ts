import type { DayClientView, DayShiftView } from '@contract/attendance.js';
import { expect, test } from 'vitest';
import { typedLate, typedMinutes, usualTasks, usualWork } from '../../../renderer/src/features/today/format.js';

const shift = { start: '09:00', end: '12:00', task: 'úklid centra' } as DayShiftView;
const arrivedAt = (time: string, late: boolean) =>
  ({ arrival: { arrivedTime: time, late } }) as unknown as DayClientView;
const tasks = [
  { cs: 'Úklid centra', en: 'Cleaning the centre', young: true },
  { cs: 'Drobné práce', en: 'Small jobs', young: false },
];

test('the minutes shown while typing are the rounded minutes the server stores; nothing for a span that is not one', () => {
  expect(typedMinutes('09:00', '12:00', 0, 0)).toBe(180);
  expect(typedMinutes('09:05', '11:30', 15, 0)).toBe(130);
  expect(typedMinutes('09:05', '11:30', 15, 15)).toBe(135);
  expect(typedMinutes('12:00', '09:00', 0, 0)).toBeNull();
  expect(typedMinutes('09:00', '10:00', 60, 0)).toBeNull();
  expect(typedMinutes('09:00', '12:00', '', 0)).toBeNull();
  expect(typedMinutes('9', '12:00', 0, 0)).toBeNull();
});

test('late while typing follows the rule: after the start plus the grace; a half-typed time is not late', () => {
  expect(typedLate('09:00', '09:10', 10)).toBe(false);
  expect(typedLate('09:00', '09:11', 10)).toBe(true);
  expect(typedLate('09:00', '10:3', 10)).toBe(false);
});

test('the usual work starts with the shift, or at the arrival of a client admitted late', () => {
  expect(usualWork(shift, arrivedAt('09:04', false))).toEqual({ start: '09:00', end: '12:00' });
  expect(usualWork(shift, arrivedAt('09:40', true))).toEqual({ start: '09:40', end: '12:00' });
  expect(usualWork(shift, arrivedAt('12:30', true))).toEqual({ start: '09:00', end: '12:00' });
});

test("the shift's task is the usual work when the pick list has it, in the screen's language", () => {
  expect(usualTasks('cs', shift, tasks)).toEqual(['Úklid centra']);
  expect(usualTasks('en', shift, tasks)).toEqual(['Cleaning the centre']);
  expect(usualTasks('cs', { ...shift, task: 'Něco jiného' }, tasks)).toEqual([]);
  expect(usualTasks('cs', { ...shift, task: null }, tasks)).toEqual([]);
});
