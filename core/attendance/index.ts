/**
 * What other domains may use from the shift day: the desk's rules (settings),
 * whether a day's work records can still change, and the rounding of worked
 * minutes.
 */
export { workRecordLocked } from './lock.js';
export { roundUpWorkedMinutes } from './minutes.js';
export { loadAttendanceSettings } from './settings.js';
