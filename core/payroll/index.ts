/**
 * What other domains may use from the pay run: whether a pay month is closed
 * (every door that could change a month asks), and what one client's month of
 * pay is computed from (the advance after a shift reads the same).
 */
export { monthClosed, requireMonthOpen } from './closed.js';
export { clientMonth, pieceOf } from './inputs.js';
