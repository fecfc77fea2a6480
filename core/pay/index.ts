/** The pay rules: the one public module of pay for other domains. */
export { expectedNetPay, payMonth } from './month.js';
export { lastDayOf } from './periods.js';
export { roundDownAdvance, roundUpCashPay } from './rounding.js';
export { payRuleCitations, type PayRule } from './rules.js';
export type {
  ClientPayFacts,
  MonthPay,
  MonthPayInput,
  PayBasis,
  PayFigures,
  PayLine,
  PayLineKey,
  RatePeriod,
  TaxRegime,
  WorkedPiece,
} from './types.js';
