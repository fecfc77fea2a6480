/**
 * What other domains may use from the sign-up sheet: whether clients may be
 * put on a shift (the arrival check and pay will ask the same question).
 */
export {
  personBlock,
  signUpEligibility,
  signUpOpensOn,
  type ClientFacts,
  type EligibilityOptions,
  type SignUpBlock,
  type SignUpEligibility,
  type SignUpWarning,
  type WeeklyLimitReached,
} from './eligibility.js';
