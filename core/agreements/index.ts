/**
 * What other domains may use from agreements: whether a client has a valid
 * agreement on a day (the rule, as SQL and as a lookup), and whether a client
 * is a young employee on a day.
 */
export { youngOn } from './age.js';
export { clientsWithValidAgreement, validAgreementOn, validOnSql } from './validity.js';
