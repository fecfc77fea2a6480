/**
 * What other domains may use from the shift day: who worked when (work
 * records) and who did not come (no-shows), the desk's rules (settings),
 * whether a day's work records can still change, and the rounding of worked
 * minutes.
 */
export { workRecordLocked } from './lock.js';
export { roundUpWorkedMinutes } from './minutes.js';
export { loadAttendanceSettings } from './settings.js';
export { noShowsBetween, workedBetween, type WorkedDay } from './worked.js';
