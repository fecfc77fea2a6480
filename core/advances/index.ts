/**
 * What other domains may use from advances: the advance proposed for a worked
 * shift, with how it was computed (payday settles the month against the
 * advances paid, which the cash book answers).
 */
export { proposeAdvance } from './proposal.js';
