import { describe, expect, test } from 'vitest';
import { balancingPeriodOn, overAverage, weeklyAverage } from '../../../core/schedule/weekly-average.js';

// Hand cases with the 2026 figures: 20 hours (1200 minutes) a week on average, balancing period at most 52 weeks.
const limitMinutes = 1200;
const maxWeeks = 52;

describe('the balancing period', () => {
  test('an agreement of 13 weeks is one period of its whole length', () => {
    const period = balancingPeriodOn({ validFrom: '2026-01-05', validTo: '2026-04-05' }, maxWeeks, '2026-02-01');
    expect(period).toEqual({ from: '2026-01-05', to: '2026-04-05', weeks: 13 });
  });

  test('an agreement shorter than a week counts as one week', () => {
    const period = balancingPeriodOn({ validFrom: '2026-11-23', validTo: '2026-11-25' }, maxWeeks, '2026-11-24');
    expect(period).toEqual({ from: '2026-11-23', to: '2026-11-25', weeks: 1 });
  });

  test('an open-ended agreement runs in periods of 52 weeks from its first day', () => {
    const first = balancingPeriodOn({ validFrom: '2025-01-06', validTo: null }, maxWeeks, '2025-12-31');
    expect(first).toEqual({ from: '2025-01-06', to: '2026-01-04', weeks: 52 });
    const second = balancingPeriodOn({ validFrom: '2025-01-06', validTo: null }, maxWeeks, '2026-01-05');
    expect(second).toEqual({ from: '2026-01-05', to: '2027-01-03', weeks: 52 });
  });

  test('the last period of a longer agreement ends with it', () => {
    // 60 weeks: 52, then 8.
    const period = balancingPeriodOn({ validFrom: '2025-01-06', validTo: '2026-03-01' }, maxWeeks, '2026-02-10');
    expect(period).toEqual({ from: '2026-01-05', to: '2026-03-01', weeks: 8 });
  });
});

describe('the running average', () => {
  const open = balancingPeriodOn({ validFrom: '2026-11-02', validTo: null }, maxWeeks, '2026-11-02');

  test('in the first week the minutes worked are the average', () => {
    const average = weeklyAverage({ period: open, day: '2026-11-06', workedMinutes: 1080, limitMinutes });
    expect(average).toMatchObject({ elapsedWeeks: 1, averageMinutes: 1080, allowanceMinutes: 52 * 1200 });
    // Three more hours in the first week: 1260 > 1200.
    expect(overAverage(average, 180)).toBe(true);
    // One more hour: exactly 20 hours is within the limit.
    expect(overAverage(average, 120)).toBe(false);
  });

  test('in the third week the same minutes are spread over three weeks', () => {
    // 2026-11-16 is the 15th day: the third week.
    const average = weeklyAverage({ period: open, day: '2026-11-16', workedMinutes: 3500, limitMinutes });
    expect(average).toMatchObject({ elapsedWeeks: 3, averageMinutes: 1166 });
    expect(overAverage(average, 100)).toBe(false);
    expect(overAverage(average, 101)).toBe(true);
  });

  test('a shift that crosses the limit warns, one that stays under it does not', () => {
    // Week 2, 38 hours worked: 40 hours allowed so far.
    const average = weeklyAverage({ period: open, day: '2026-11-11', workedMinutes: 38 * 60, limitMinutes });
    expect(average.elapsedWeeks).toBe(2);
    expect(overAverage(average, 180)).toBe(true);
    expect(overAverage(average, 90)).toBe(false);
  });

  test('an agreement shorter than a week is held to one week of the limit', () => {
    const short = balancingPeriodOn({ validFrom: '2026-11-23', validTo: '2026-11-25' }, maxWeeks, '2026-11-25');
    const average = weeklyAverage({ period: short, day: '2026-11-25', workedMinutes: 1080, limitMinutes });
    expect(average).toMatchObject({ elapsedWeeks: 1, allowanceMinutes: 1200 });
    expect(overAverage(average, 180)).toBe(true);
  });

  test('late in a period the elapsed weeks stop at the period’s length', () => {
    const short = balancingPeriodOn({ validFrom: '2026-11-02', validTo: '2026-11-15' }, maxWeeks, '2026-11-10');
    const after = weeklyAverage({ period: short, day: '2026-12-31', workedMinutes: 2400, limitMinutes });
    expect(after).toMatchObject({ elapsedWeeks: 2, averageMinutes: 1200 });
    expect(overAverage(after, 1)).toBe(true);
  });

  test('a day before the period starts counts as its first week', () => {
    const average = weeklyAverage({ period: open, day: '2026-10-30', workedMinutes: 0, limitMinutes });
    expect(average).toMatchObject({ elapsedWeeks: 1, averageMinutes: 0 });
  });
});
