/**
 * What other domains may use from agreements: whether a client has a valid
 * agreement on a day (the rule, as SQL and as a lookup).
 */
export { requireEmployerComplete } from './rules.js';
export { clientsWithValidAgreement, validAgreementOn, validOnSql } from './validity.js';
