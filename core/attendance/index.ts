/**
 * What other domains may use from the shift day: who worked when (work
 * records) and who did not come (no-shows), the desk's rules (settings),
 * and whether a day's work records can still change. The clock rules (late,
 * minutes worked) live in core/contract/shift-time.ts, shared with the screen.
 */
export { workRecordLocked } from './lock.js';
export { loadAttendanceSettings } from './settings.js';
export { noShowsBetween, workedBetween, workedMonths, workersBetween, type WorkedDay } from './worked.js';
