import { describe, expect, test } from 'vitest';
import {
  roundDownToWholeCrowns,
  roundUpToHaler,
  roundUpToWholeCrowns,
  roundUpToWholeHundreds,
} from '../../../core/pay/rounding.js';

describe('the law’s roundings (haléře in, haléře out)', () => {
  test('up to the haléř', () => {
    expect(roundUpToHaler(12440 * 50, 60)).toBe(10367);
    expect(roundUpToHaler(13440 * 180, 60)).toBe(40320);
  });

  test('up to whole crowns', () => {
    expect(roundUpToWholeCrowns(450000 * 710, 10000)).toBe(32000);
    expect(roundUpToWholeCrowns(31900)).toBe(31900);
    expect(roundUpToWholeCrowns(31901)).toBe(32000);
    expect(roundUpToWholeCrowns(0)).toBe(0);
  });

  test('down to whole crowns', () => {
    expect(roundDownToWholeCrowns(201600 * 1500, 10000)).toBe(30200);
    expect(roundDownToWholeCrowns(60800 * 450, 1350)).toBe(20200);
    expect(roundDownToWholeCrowns(99)).toBe(0);
  });

  test('up to whole hundreds of crowns', () => {
    expect(roundUpToWholeHundreds(201600)).toBe(210000);
    expect(roundUpToWholeHundreds(450000)).toBe(450000);
    expect(roundUpToWholeHundreds(450001)).toBe(460000);
  });

  test('large amounts stay exact', () => {
    expect(roundUpToWholeCrowns(123456789012345, 10000)).toBe(12345679000);
    expect(roundDownToWholeCrowns(2 ** 52 + 1)).toBe(2 ** 52 - 96);
  });

  test('floats and negatives are refused, never rounded silently', () => {
    expect(() => roundUpToWholeCrowns(0.5)).toThrow(RangeError);
    expect(() => roundDownToWholeCrowns(-100)).toThrow(RangeError);
    expect(() => roundUpToHaler(10, 0)).toThrow(RangeError);
    expect(() => roundUpToHaler(2 ** 53, 60)).toThrow(RangeError);
  });
});
