import { describe, expect, test } from 'vitest';
import {
  clockOfMinute,
  isLateArrival,
  lateAfter,
  minuteOfDay,
  roundUpWorkedMinutes,
  spanMinutes,
  workedMinutes,
} from '../../../core/contract/shift-time.js';

describe('the clock of a shift day', () => {
  test('times and minutes since midnight convert both ways, held within the day', () => {
    expect(minuteOfDay('00:00')).toBe(0);
    expect(minuteOfDay('09:05')).toBe(545);
    expect(minuteOfDay('23:59')).toBe(1439);
    expect(clockOfMinute(545)).toBe('09:05');
    expect(clockOfMinute(-5)).toBe('00:00');
    expect(clockOfMinute(24 * 60 + 30)).toBe('23:59');
  });
});

describe('late', () => {
  test('the last minute on time is the start plus the grace', () => {
    expect(lateAfter('09:00', 10)).toBe('09:10');
    expect(lateAfter('08:55', 10)).toBe('09:05');
    expect(lateAfter('09:00', 0)).toBe('09:00');
  });

  test('an arrival at the last minute of the grace is on time, a minute after it is late', () => {
    expect(isLateArrival('09:00', '08:40', 10)).toBe(false);
    expect(isLateArrival('09:00', '09:10', 10)).toBe(false);
    expect(isLateArrival('09:00', '09:11', 10)).toBe(true);
    expect(isLateArrival('09:00', '09:00', 0)).toBe(false);
    expect(isLateArrival('09:00', '09:01', 0)).toBe(true);
  });

  test('the screen and the rule agree on every minute around the threshold', () => {
    for (let m = 8 * 60 + 50; m <= 9 * 60 + 30; m += 1) {
      const time = clockOfMinute(m);
      expect(isLateArrival('09:00', time, 15)).toBe(time > lateAfter('09:00', 15));
    }
  });
});

describe('minutes worked', () => {
  test('no rounding keeps the minutes as recorded', () => {
    expect(roundUpWorkedMinutes(187, 0)).toBe(187);
    expect(workedMinutes('09:00', '13:07', 30, 0)).toBe(217);
  });

  test('a part of a step counts as a whole one, in the employee’s favour', () => {
    expect(roundUpWorkedMinutes(181, 15)).toBe(195);
    expect(roundUpWorkedMinutes(180, 15)).toBe(180);
    expect(roundUpWorkedMinutes(1, 30)).toBe(30);
    expect(workedMinutes('09:00', '13:07', 30, 15)).toBe(225);
    expect(workedMinutes('09:00', '13:00', 30, 15)).toBe(210);
  });

  test('breaks that fill the span leave nothing worked', () => {
    expect(spanMinutes('09:00', '10:00')).toBe(60);
    expect(workedMinutes('09:00', '10:00', 60, 0)).toBeNull();
    expect(workedMinutes('09:00', '10:00', 90, 15)).toBeNull();
    expect(workedMinutes('10:00', '09:00', 0, 0)).toBeNull();
    expect(workedMinutes('09:00', '10:00', 59, 15)).toBe(15);
  });
});
