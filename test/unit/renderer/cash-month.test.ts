import { describe, expect, test } from 'vitest';
import { addMonths, monthOf, monthRange } from '../../../renderer/src/features/cash/month.js';

describe('the cash book pages through months', () => {
  test('across the turn of the year, both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-11', -13)).toBe('2025-10');
    expect(monthOf('2026-11-24')).toBe('2026-11');
  });

  test('a month runs from its first to its last day, leap years included', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});
