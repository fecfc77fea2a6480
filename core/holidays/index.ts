/**
 * What other domains may use from holidays: the Czech public holiday on a day
 * and those in a range of days (the week board, the printed sheet, sign-up),
 * and how the law sees a day's work (work records).
 */
export { dayKindOf, holidayOn, holidaysBetween, type Holiday } from './holidays.js';
