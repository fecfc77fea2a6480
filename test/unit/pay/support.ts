import type { MonthPayInput, PayFigures, RatePeriod, WorkedPiece } from '../../../core/pay/index.js';

/**
 * The figures of domain.md's table, typed in by hand so the cases below are
 * checked against the law, not against whatever the code reads. One test
 * compares them with the periods the migrations seed.
 */
const common = {
  insuranceThresholdMonthly: 450000,
  employeeSocialRate: 710,
  employeeHealthRate: 450,
  employerSocialRate: 2480,
  employerHealthRate: 900,
  incomeTaxRate: 1500,
  taxpayerCreditMonthly: 257000,
  advanceTaxRoundingLimit: 10000,
  weekendPremiumRate: 1000,
  holidayPremiumRate: 10000,
};
export const figures2025: PayFigures = {
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  minWageMonthly: 2080000,
  ...common,
};
export const figures2026: PayFigures = {
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  minWageMonthly: 2240000,
  ...common,
};
export const bothYears = [figures2025, figures2026];

/** 134.40 CZK and 124.40 CZK an hour: the minimum wage of 2026 and 2025. */
export const rate2026 = 13440;
export const rate2025 = 12440;

export const onlyRate = (hourlyRate: number): RatePeriod[] => [{ from: '2025-01-01', to: null, terms: { hourlyRate } }];

export function shift(
  date: string,
  minutes = 180,
  day: Partial<Pick<WorkedPiece, 'holiday' | 'weekend'>> = {},
): WorkedPiece {
  return { date, minutes, holiday: day.holiday ?? false, weekend: day.weekend ?? false };
}

export const noDeclaration = { taxDeclarationSigned: false, statePaysHealthInsurance: false };
export const declared = { taxDeclarationSigned: true, statePaysHealthInsurance: false };
export const stateInsured = { taxDeclarationSigned: false, statePaysHealthInsurance: true };
export const declaredStateInsured = { taxDeclarationSigned: true, statePaysHealthInsurance: true };

export function monthInput(
  month: string,
  work: WorkedPiece[],
  terms: RatePeriod[],
  facts = noDeclaration,
): MonthPayInput {
  return { month, work, terms, facts, parameters: bothYears };
}

/** Four Monday/Wednesday shifts of 3 h in March 2026. */
export const fourShifts = ['2026-03-02', '2026-03-04', '2026-03-09', '2026-03-11'].map((d) => shift(d));
/** domain.md's worked example: five shifts of 3 h. */
export const fiveShifts = [...fourShifts, shift('2026-03-13')];
/** 6 × 5 h at 150.00 CZK = 4,500.00 CZK: exactly the threshold. */
export const atThreshold = ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-09', '2026-03-11', '2026-03-13'].map(
  (d) => shift(d, 300),
);
/** 6 × 6 h at 135.00 CZK = 4,860.00 CZK: domain.md's "client earning 4,860 CZK". */
const aboveDates = ['2026-01-05', '2026-01-07', '2026-01-09', '2026-01-12', '2026-01-14', '2026-01-16'];
export const above = aboveDates.map((d) => shift(d, 360));
