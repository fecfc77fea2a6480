import type { PayParameters } from '../contract/settings.js';
import type { PayRule } from './rules.js';

/** The yearly figures the pay rules read, with their validity period. */
export type PayFigures = Pick<
  PayParameters,
  | 'validFrom'
  | 'validTo'
  | 'minWageMonthly'
  | 'insuranceThresholdMonthly'
  | 'employeeSocialRate'
  | 'employeeHealthRate'
  | 'employerSocialRate'
  | 'employerHealthRate'
  | 'incomeTaxRate'
  | 'taxpayerCreditMonthly'
  | 'advanceTaxRoundingLimit'
  | 'weekendPremiumRate'
  | 'holidayPremiumRate'
>;

/**
 * One stretch of paid work on a day. Whether the day is a public holiday or a
 * Saturday/Sunday is the caller's to say, from the holiday data.
 */
export interface WorkedPiece {
  date: string;
  minutes: number;
  holiday: boolean;
  weekend: boolean;
}

/**
 * Days with one hourly rate (haléře); `to` null runs on. Shaped like the
 * agreements' term segments, so those can be passed as they are.
 */
export interface RatePeriod {
  from: string;
  to: string | null;
  terms: { hourlyRate: number };
}

/** Per-client facts for the month. */
export interface ClientPayFacts {
  /** A signed tax declaration (prohlášení poplatníka) with this employer for the month. */
  taxDeclarationSigned: boolean;
  /** The state also pays health insurance (jobseeker, pensioner…): no minimum assessment base. */
  statePaysHealthInsurance: boolean;
}

export interface MonthPayInput {
  /** `YYYY-MM`; every piece of work must fall in it. */
  month: string;
  work: readonly WorkedPiece[];
  terms: readonly RatePeriod[];
  facts: ClientPayFacts;
  /** The periods of figures touching the month (more do no harm). */
  parameters: readonly PayFigures[];
}

/** What a figure was computed from; only the parts that apply are set. */
export interface PayBasis {
  minutes?: number;
  hourlyRate?: number;
  /** The amount a rate or rounding was applied to, haléře. */
  base?: number;
  rateBp?: number;
  /** With `rateBp`: the share is rateBp / ofRateBp (the employee's third of health insurance). */
  ofRateBp?: number;
}

export type PayLineKey =
  | 'work'
  | 'holidayPremium'
  | 'weekendPremium'
  | 'gross'
  | 'insuranceThreshold'
  | 'employeeSocial'
  | 'healthPremium'
  | 'employeeHealth'
  | 'employeeHealthTopUp'
  | 'employerSocial'
  | 'employerHealth'
  | 'withholdingTaxBase'
  | 'withholdingTax'
  | 'advanceTaxBase'
  | 'advanceTaxBeforeCredit'
  | 'taxpayerCredit'
  | 'advanceTax'
  | 'net';

/** One figure of the month, in haléře, with what it came from and the rule that made it. */
export interface PayLine {
  key: PayLineKey;
  amount: number;
  basis: PayBasis;
  rule: PayRule;
}

export type TaxRegime = 'withholding' | 'advance';

export interface MonthPay {
  month: string;
  minutes: number;
  gross: number;
  /** The month's earnings reached the insurance threshold (at or above it). */
  insured: boolean;
  employeeSocial: number;
  /** The employee's third of health insurance plus any top-up to the minimum base. */
  employeeHealth: number;
  employerSocial: number;
  employerHealth: number;
  taxRegime: TaxRegime;
  tax: number;
  net: number;
  lines: PayLine[];
}
