import type { PayParameters, PayParametersInput } from '@contract/settings.js';
import { moneyForInput, parseMoney } from '../../lib/format.js';

/** How each figure is shown and typed: CZK amounts, percentages, hours, days, weeks or years of age. */
export type Unit = 'money' | 'rate' | 'hours' | 'days' | 'weeks' | 'years';

export const parameterGroups: {
  group: 'wage' | 'premiums' | 'insurance' | 'tax' | 'agreement' | 'age';
  fields: [keyof PayParametersInput, Unit][];
}[] = [
  {
    group: 'wage',
    fields: [
      ['minWageHourly', 'money'],
      ['minWageMonthly', 'money'],
    ],
  },
  {
    group: 'premiums',
    fields: [
      ['weekendPremiumRate', 'rate'],
      ['holidayPremiumRate', 'rate'],
    ],
  },
  {
    group: 'insurance',
    fields: [
      ['insuranceThresholdMonthly', 'money'],
      ['employeeSocialRate', 'rate'],
      ['employeeHealthRate', 'rate'],
      ['employerSocialRate', 'rate'],
      ['employerHealthRate', 'rate'],
      ['insuranceRegistrationDays', 'days'],
    ],
  },
  {
    group: 'tax',
    fields: [
      ['incomeTaxRate', 'rate'],
      ['taxpayerCreditMonthly', 'money'],
      ['advanceTaxRoundingLimit', 'money'],
    ],
  },
  {
    group: 'agreement',
    fields: [
      ['maxAverageWeeklyMinutes', 'hours'],
      ['maxShiftMinutes', 'hours'],
      ['balancingPeriodWeeks', 'weeks'],
      ['noticePeriodDays', 'days'],
      ['scheduleNoticeDays', 'days'],
    ],
  },
  {
    group: 'age',
    fields: [
      ['minimumWorkAge', 'years'],
      ['adultAge', 'years'],
    ],
  },
];

export type ParameterTexts = Record<string, string>;

/** Stored units (haléře, basis points, minutes) to what people type. */
export function toTexts(p: PayParameters, lang: string): ParameterTexts {
  const texts: ParameterTexts = { validFrom: p.validFrom, validTo: p.validTo };
  for (const { fields } of parameterGroups) {
    for (const [name, unit] of fields) {
      const value = p[name as keyof PayParameters] as number;
      texts[name] =
        unit === 'money' || unit === 'rate'
          ? moneyForInput(value, lang).replace(/[.,]00$/, '')
          : unit === 'hours'
            ? String(value / 60)
            : String(value);
    }
  }
  return texts;
}

/**
 * What people typed back to stored units. Text that is not a number becomes
 * NaN so the contract's schema refuses it with the field's name.
 */
export function fromTexts(texts: ParameterTexts, id: number | undefined): PayParametersInput {
  const result: Record<string, unknown> = { validFrom: texts.validFrom ?? '', validTo: texts.validTo ?? '' };
  if (id !== undefined) result.id = id;
  for (const { fields } of parameterGroups) {
    for (const [name, unit] of fields) {
      const text = texts[name] ?? '';
      const hundredths = parseMoney(text);
      result[name] =
        text.trim() === ''
          ? undefined
          : unit === 'days' || unit === 'weeks' || unit === 'years'
            ? /^\d+$/.test(text.trim())
              ? Number(text.trim())
              : Number.NaN
            : hundredths === null
              ? Number.NaN
              : unit === 'hours'
                ? Math.round((hundredths * 60) / 100)
                : hundredths;
    }
  }
  return result as PayParametersInput;
}
