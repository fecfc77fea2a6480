import { describe, expect, test } from 'vitest';
import { noShowBlockOn, noShowsMatterFrom, type NoShowRule } from '../../../core/schedule/no-show-rule.js';

// The defaults: three no-shows within eight weeks block sign-up for four weeks.
const rule: NoShowRule = { noShowLimit: 3, noShowWeeks: 8, noShowBlockWeeks: 4 };

describe('the no-show block', () => {
  const three = ['2026-10-05', '2026-10-19', '2026-11-02'];

  test('the third no-show within eight weeks blocks from its day for four weeks', () => {
    expect(noShowBlockOn(three, rule, '2026-11-01')).toBeNull();
    expect(noShowBlockOn(three, rule, '2026-11-02')).toEqual({
      from: '2026-11-02',
      until: '2026-11-29',
      noShows: 3,
    });
    expect(noShowBlockOn(three, rule, '2026-11-29')?.until).toBe('2026-11-29');
    expect(noShowBlockOn(three, rule, '2026-11-30')).toBeNull();
  });

  test('two no-shows are not enough', () => {
    expect(noShowBlockOn(three.slice(0, 2), rule, '2026-10-20')).toBeNull();
  });

  test('no-shows further apart than the window do not add up', () => {
    // 2026-09-07 to 2026-11-02 is 56 days: the first one falls out of the eight weeks.
    expect(noShowBlockOn(['2026-09-07', '2026-10-19', '2026-11-02'], rule, '2026-11-03')).toBeNull();
    expect(noShowBlockOn(['2026-09-08', '2026-10-19', '2026-11-02'], rule, '2026-11-03')?.from).toBe('2026-11-02');
  });

  test('two shifts missed on one day are two no-shows', () => {
    expect(noShowBlockOn(['2026-10-19', '2026-11-02', '2026-11-02'], rule, '2026-11-05')?.noShows).toBe(3);
  });

  test('a fourth no-show during the block makes it last four weeks from that one', () => {
    const four = [...three, '2026-11-16'];
    expect(noShowBlockOn(four, rule, '2026-12-01')).toEqual({ from: '2026-11-16', until: '2026-12-13', noShows: 4 });
  });

  test('a limit of 0 turns the rule off', () => {
    expect(noShowBlockOn(three, { ...rule, noShowLimit: 0 }, '2026-11-02')).toBeNull();
  });

  test('one no-show can be the limit', () => {
    expect(noShowBlockOn(['2026-11-02'], { ...rule, noShowLimit: 1, noShowBlockWeeks: 1 }, '2026-11-08')?.until).toBe(
      '2026-11-08',
    );
  });

  test('the no-shows read reach back over the window and the block', () => {
    // A block lasting to 2026-11-29 started on 2026-11-02, whose window began on 2026-09-08.
    expect(noShowsMatterFrom(rule, '2026-11-29')).toBe('2026-09-07');
    expect(noShowsMatterFrom(rule, '2026-11-29') <= '2026-09-08').toBe(true);
  });
});
