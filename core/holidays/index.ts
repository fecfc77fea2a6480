/**
 * What other domains may use from holidays: the Czech public holiday on a day
 * and those in a range of days (the week board, the printed sheet, sign-up).
 */
export { holidayOn, holidaysBetween, type Holiday } from './holidays.js';
