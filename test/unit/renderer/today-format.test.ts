import type { DayClientView, DayShiftView } from '@contract/attendance.js';
import { expect, test } from 'vitest';
import { lateAfter, spanMinutes, usualTasks, usualWork } from '../../../renderer/src/features/today/format.js';

const shift = { start: '09:00', end: '12:00', task: 'úklid centra' } as DayShiftView;
const arrivedAt = (time: string, late: boolean) =>
  ({ arrival: { arrivedTime: time, late } }) as unknown as DayClientView;
const tasks = [
  { cs: 'Úklid centra', en: 'Cleaning the centre', young: true },
  { cs: 'Drobné práce', en: 'Small jobs', young: false },
];

test('the minutes shown while typing: end − start − breaks, nothing for a span that is not one', () => {
  expect(spanMinutes('09:00', '12:00', 0)).toBe(180);
  expect(spanMinutes('09:05', '11:30', 15)).toBe(130);
  expect(spanMinutes('12:00', '09:00', 0)).toBeNull();
  expect(spanMinutes('09:00', '10:00', 60)).toBeNull();
  expect(spanMinutes('09:00', '12:00', '')).toBeNull();
  expect(spanMinutes('9', '12:00', 0)).toBeNull();
});

test('late means after the start plus the grace, kept within the day', () => {
  expect(lateAfter('09:00', 10)).toBe('09:10');
  expect(lateAfter('09:55', 10)).toBe('10:05');
  expect(lateAfter('23:50', 30)).toBe('23:59');
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
