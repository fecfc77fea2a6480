import type { PayParameters } from '../../core/contract/settings.js';
import { payMonth, type MonthPayInput } from '../../core/pay/index.js';
import type { OpenDatabase } from '../../db/open.js';
import { measure, type Comparison } from './measure.js';

/**
 * The pay rules for client-months of the large database's shape: 4–5 shifts of
 * 3 h, some on a weekend or holiday, a rate change inside some months, every
 * mix of declaration and health-insurance facts. The figures come from the
 * database; the baseline is a bare loop summing minutes × rate.
 */
function clientMonths(parameters: readonly PayParameters[], count: number): MonthPayInput[] {
  return Array.from({ length: count }, (_, i) => {
    const month = i % 2 === 0 ? '2026-03' : '2026-05';
    const work = Array.from({ length: 4 + (i % 2) }, (_, s) => ({
      date: `${month}-${String(2 + s * 6 + (i % 3)).padStart(2, '0')}`,
      minutes: i % 40 === 0 ? 1800 : 180,
      holiday: month === '2026-05' && s === 0 && i % 3 === 2,
      weekend: s === 1 && i % 5 === 0,
    }));
    const rate = 13440 + (i % 7) * 500;
    return {
      month,
      work,
      terms:
        i % 4 === 0
          ? [
              { from: '2026-01-01', to: `${month}-14`, terms: { hourlyRate: rate } },
              { from: `${month}-15`, to: null, terms: { hourlyRate: rate + 1000 } },
            ]
          : [{ from: '2026-01-01', to: null, terms: { hourlyRate: rate } }],
      facts: { taxDeclarationSigned: i % 2 === 0, statePaysHealthInsurance: i % 3 === 0 },
      parameters,
    };
  });
}

function bareSum(months: readonly MonthPayInput[]): number {
  let total = 0;
  for (const month of months) {
    const hourlyRate = month.terms[0]?.terms.hourlyRate ?? 0;
    for (const piece of month.work) total += Math.floor((piece.minutes * hourlyRate) / 60);
  }
  return total;
}

export function payBenchmarks(database: OpenDatabase): Comparison[] {
  const parameters = database.sqlite
    .prepare(
      `SELECT valid_from AS validFrom, valid_to AS validTo, min_wage_monthly AS minWageMonthly,
        insurance_threshold_monthly AS insuranceThresholdMonthly, employee_social_rate AS employeeSocialRate,
        employee_health_rate AS employeeHealthRate, employer_social_rate AS employerSocialRate,
        employer_health_rate AS employerHealthRate, income_tax_rate AS incomeTaxRate,
        taxpayer_credit_monthly AS taxpayerCreditMonthly, advance_tax_rounding_limit AS advanceTaxRoundingLimit,
        weekend_premium_rate AS weekendPremiumRate, holiday_premium_rate AS holidayPremiumRate
       FROM pay_parameters ORDER BY valid_from`,
    )
    .all() as PayParameters[];
  const months = clientMonths(parameters, 200);
  const one = months.slice(0, 1);
  const payAll = (list: readonly MonthPayInput[]) => () => {
    for (const input of list) payMonth(input);
  };
  return [
    {
      name: 'pay rules, one client-month',
      subject: measure(payAll(one), { runs: 2000, warmup: 200 }),
      baseline: measure(() => bareSum(one), { runs: 2000, warmup: 200 }),
      baselineName: 'bare minutes×rate',
    },
    {
      name: 'pay rules, 200 client-months',
      subject: measure(payAll(months)),
      baseline: measure(() => bareSum(months)),
      baselineName: 'bare minutes×rate',
      targetMs: 20,
    },
  ];
}
