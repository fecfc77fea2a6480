import { describe, expect, test } from 'vitest';
import { payMonth } from '../../../core/pay/index.js';
import { cases } from './case-table.js';

describe('a client-month, worked out by hand', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    const { month: _month, minutes: _minutes, lines: _lines, ...figures } = payMonth(input);
    expect(figures).toEqual(expected);
  });
});
