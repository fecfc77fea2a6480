/**
 * What other domains may use from the sign-up sheet: whether clients may be
 * put on a shift (the arrival check and pay will ask the same question), and
 * taking a client's bookings off the sheet when they leave or are suspended;
 * for the arrival desk, a day's shifts, a walk-in's booking and the longest shift;
 * for pay, the shifts booked and not yet attended.
 */
export { bookedAhead } from './booked.js';
export { bookWalkIn, shiftsOfDay, takeBackWalkIn, type DeskShift } from './desk.js';
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
export { assertShiftLength } from './shifts.js';
