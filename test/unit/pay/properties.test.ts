import { describe, expect, test } from 'vitest';
import { expectedNetPay, payMonth, type MonthPayInput, type WorkedPiece } from '../../../core/pay/index.js';
import { testApp } from '../../helpers/db.js';
import {
  bothYears,
  declared,
  figures2025,
  figures2026,
  monthInput,
  noDeclaration,
  onlyRate,
  shift,
} from './support.js';

/** A small deterministic generator (LCG), so a failing month can be reproduced from its seed. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

function randomMonth(seed: number): MonthPayInput {
  const next = generator(seed);
  const month = next(2) === 0 ? '2025-12' : '2026-01';
  const work: WorkedPiece[] = Array.from({ length: next(14) }, () => ({
    date: `${month}-${String(1 + next(28)).padStart(2, '0')}`,
    minutes: next(601),
    holiday: next(10) === 0,
    weekend: next(4) === 0,
  }));
  return {
    month,
    work,
    terms: [
      { from: '2025-01-01', to: '2025-12-20', terms: { hourlyRate: 12440 + next(10000) } },
      { from: '2025-12-21', to: null, terms: { hourlyRate: 13440 + next(10000) } },
    ],
    facts: { taxDeclarationSigned: next(2) === 0, statePaysHealthInsurance: next(2) === 0 },
    parameters: bothYears,
  };
}

describe('properties over 500 generated months', () => {
  const months = Array.from({ length: 500 }, (_, seed) => [seed, payMonth(randomMonth(seed))] as const);

  test('net = gross − employee insurance − tax', () => {
    for (const [, pay] of months) {
      expect(pay.net).toBe(pay.gross - pay.employeeSocial - pay.employeeHealth - pay.tax);
    }
  });

  test('every figure and every line is a whole number of haléře', () => {
    for (const [seed, pay] of months) {
      const numbers = [
        pay.minutes,
        pay.gross,
        pay.employeeSocial,
        pay.employeeHealth,
        pay.employerSocial,
        pay.employerHealth,
        pay.tax,
        pay.net,
        ...pay.lines.flatMap(({ amount, basis }) => [
          amount,
          ...[basis.minutes, basis.hourlyRate, basis.base, basis.rateBp, basis.ofRateBp].filter((n) => n !== undefined),
        ]),
      ];
      expect(
        numbers.filter((n) => !Number.isInteger(n)),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  test('the earned lines add up to the gross; insurance follows the threshold, at or above', () => {
    for (const [, pay] of months) {
      const earned = pay.lines.filter((l) => ['work', 'holidayPremium', 'weekendPremium'].includes(l.key));
      expect(earned.reduce((sum, l) => sum + l.amount, 0)).toBe(pay.gross);
      expect(pay.insured).toBe(pay.gross >= 450000);
      expect(pay.employeeSocial > 0).toBe(pay.insured);
      expect(pay.lines.at(-1)).toMatchObject({ key: 'net', amount: pay.net });
    }
  });

  test('insurance and tax are whole crowns; tax is never negative', () => {
    for (const [, pay] of months) {
      for (const figure of [pay.employeeSocial, pay.employeeHealth, pay.employerSocial, pay.employerHealth, pay.tax]) {
        expect(figure % 100).toBe(0);
        expect(figure).toBeGreaterThanOrEqual(0);
      }
    }
  });

  test('the expected net pay is the month’s net pay', () => {
    const input = randomMonth(7);
    expect(expectedNetPay(input)).toBe(payMonth(input).net);
  });
});

describe('refusals', () => {
  test('work outside the month is refused', () => {
    expect(() => payMonth(monthInput('2025-12', [shift('2026-01-02')], onlyRate(13440)))).toThrow(RangeError);
  });

  test('minutes must be whole', () => {
    expect(() => payMonth(monthInput('2026-03', [shift('2026-03-02', 90.5)], onlyRate(13440)))).toThrow(RangeError);
  });

  test('a month without figures names the missing day', () => {
    const input = { ...monthInput('2027-01', [], onlyRate(13440)), parameters: [figures2026] };
    expect(() => payMonth(input)).toThrow(expect.objectContaining({ code: 'settings.noParameters', field: 'date' }));
  });

  test('a month with no work pays nothing', () => {
    expect(payMonth(monthInput('2026-03', [], onlyRate(13440), declared))).toMatchObject({ gross: 0, tax: 0, net: 0 });
    expect(payMonth(monthInput('2026-03', [], onlyRate(13440), noDeclaration)).net).toBe(0);
  });
});

test('the seeded figures are domain.md’s, so the hand-worked cases hold for a real database', () => {
  const app = testApp();
  try {
    const rows = app.ok('settings.listParameters');
    expect(rows).toHaveLength(2);
    for (const [row, expected] of rows.map((r, i) => [r, [figures2025, figures2026][i]] as const)) {
      expect(row).toMatchObject(expected ?? {});
    }
  } finally {
    app.close();
  }
});
