/**
 * What other domains may use from agreements: whether a client has a valid
 * agreement on a day (the rule, as SQL and as a lookup), whether a client is
 * a young employee on a day, and the length of the balancing period of the
 * weekly average.
 */
export { youngOn } from './age.js';
export { balancingWeeks } from './limits.js';
export { clientsWithValidAgreement, validAgreementOn, validOnSql } from './validity.js';
