import { payParametersInput, type PayParameters } from '@contract/settings.js';
import { describe, expect, test } from 'vitest';
import { fromTexts, parameterGroups, toTexts } from '../../../renderer/src/features/settings/parameterFields.js';

/** The figures of 2026 as the seed migration stores them. */
const p2026: PayParameters = {
  id: 2,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  minWageHourly: 13440,
  minWageMonthly: 2240000,
  insuranceThresholdMonthly: 450000,
  employeeSocialRate: 710,
  employeeHealthRate: 450,
  employerSocialRate: 2480,
  employerHealthRate: 900,
  incomeTaxRate: 1500,
  taxpayerCreditMonthly: 257000,
  advanceTaxRoundingLimit: 10000,
  maxAverageWeeklyMinutes: 1200,
  noticePeriodDays: 15,
  scheduleNoticeDays: 3,
  weekendPremiumRate: 1000,
  holidayPremiumRate: 10000,
  minimumWorkAge: 15,
  adultAge: 18,
  maxShiftMinutes: 720,
  balancingPeriodWeeks: 52,
  insuranceRegistrationDays: 8,
  updatedAt: '2026-01-01T00:00:00+01:00',
};
const { updatedAt: _updatedAt, ...stored } = p2026;

describe('pay parameters in the form', () => {
  test('every stored figure has a field', () => {
    const named = parameterGroups.flatMap((g) => g.fields.map(([name]) => name)).sort();
    const figures = Object.keys(stored).filter((k) => !['id', 'validFrom', 'validTo'].includes(k));
    expect(named).toEqual(figures.sort());
  });

  test('shown as people read them: CZK, per cent, hours and days', () => {
    expect(toTexts(p2026, 'cs')).toMatchObject({
      minWageHourly: '134,40',
      minWageMonthly: '22400',
      employeeSocialRate: '7,10',
      incomeTaxRate: '15',
      maxAverageWeeklyMinutes: '20',
      noticePeriodDays: '15',
    });
    expect(toTexts(p2026, 'en')).toMatchObject({ minWageHourly: '134.40', employeeSocialRate: '7.10' });
  });

  test('what is shown reads back as the stored figures, and the contract accepts it', () => {
    for (const lang of ['cs', 'en']) {
      const input = fromTexts(toTexts(p2026, lang), p2026.id);
      expect(input).toEqual(stored);
      expect(payParametersInput.safeParse(input).success).toBe(true);
    }
  });

  test('typed units become stored units: 20,5 hours are 1230 minutes', () => {
    const texts = {
      ...toTexts(p2026, 'cs'),
      maxAverageWeeklyMinutes: '20,5',
      minWageHourly: '140',
      incomeTaxRate: '15,5',
    };
    expect(fromTexts(texts, undefined)).toMatchObject({
      maxAverageWeeklyMinutes: 1230,
      minWageHourly: 14000,
      incomeTaxRate: 1550,
    });
    expect(fromTexts(texts, undefined)).not.toHaveProperty('id');
  });

  test('text that is no number is refused by the contract at its own field; an empty one as missing', () => {
    const texts = { ...toTexts(p2026, 'cs'), minWageHourly: 'sto', noticePeriodDays: '15,5', incomeTaxRate: '' };
    const issues = payParametersInput.safeParse(fromTexts(texts, 2)).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message]).sort()).toEqual([
      ['incomeTaxRate', 'validation.required'],
      ['minWageHourly', 'validation.required'],
      ['noticePeriodDays', 'validation.required'],
    ]);
  });
});
