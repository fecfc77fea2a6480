/**
 * What other domains may use from agreements: whether a client has a valid
 * agreement on a day (the rule, as SQL and as a lookup), whether a client is
 * a young employee on a day, the length of the balancing period of the weekly
 * average, an agreement's terms as periods of days (for pay), and that the
 * employer's details are complete before a paper is printed.
 */
export { requireEmployerComplete } from './rules.js';
export { youngOn } from './age.js';
export { balancingWeeks } from './limits.js';
export { termSegments } from './rows.js';
export { termSegmentsOf } from './segments.js';
export { clientsWithValidAgreement, validAgreementOn, validOnSql } from './validity.js';
