/**
 * What other domains may use from the sign-up sheet: whether clients may be
 * put on a shift (the arrival check and pay will ask the same question), and
 * taking a client's bookings off the sheet when they leave or are suspended.
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
export { releaseBookings, restoreReleased, type ReleaseCause, type ReleasePeriod } from './release.js';
