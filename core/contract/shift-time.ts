/**
 * The two clock rules of the shift day, in one place for the server that
 * decides them and the screen that shows them while the coordinator types:
 * when an arrival is late, and how many minutes a work record comes to.
 * Times are local 'HH:MM' on the shift's own day.
 */

/** Minutes since midnight of a local 'HH:MM'. */
export function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** 'HH:MM' of minutes since midnight, held within the day. */
export function clockOfMinute(minutes: number): string {
  const bounded = Math.max(0, Math.min(minutes, 23 * 60 + 59));
  return `${String(Math.floor(bounded / 60)).padStart(2, '0')}:${String(bounded % 60).padStart(2, '0')}`;
}

/** The last minute that is not late yet: the shift's start plus the setting's grace. */
export function lateAfter(shiftStart: string, graceMinutes: number): string {
  return clockOfMinute(minuteOfDay(shiftStart) + graceMinutes);
}

/**
 * Late is an arrival after the shift's start plus the grace, counted in
 * whole minutes as the arrival is recorded and shown: a client written down
 * at the last minute of the grace is on time.
 */
export function isLateArrival(shiftStart: string, arrived: string, graceMinutes: number): boolean {
  return minuteOfDay(arrived) > minuteOfDay(shiftStart) + graceMinutes;
}

/**
 * Worked minutes rounded up to the setting's step (0: as recorded). The
 * employer pays for all work done (Labour Code § 109(1), § 138 for
 * agreements); rounding down would leave minutes worked unpaid, so a part of
 * a step counts as a whole one, in the employee's favour, as pay itself is
 * rounded (core/pay/rounding.ts).
 */
export function roundUpWorkedMinutes(minutes: number, step: number): number {
  if (step === 0) return minutes;
  return Math.ceil(minutes / step) * step;
}

/** End − start: the span a work record's breaks must fit in. */
export function spanMinutes(start: string, end: string): number {
  return minuteOfDay(end) - minuteOfDay(start);
}

/**
 * The minutes a work record comes to: end − start − breaks, rounded up by the
 * setting; null when the breaks fill the whole span (nothing was worked).
 */
export function workedMinutes(start: string, end: string, breakMinutes: number, roundingStep: number): number | null {
  const worked = spanMinutes(start, end) - breakMinutes;
  return worked > 0 ? roundUpWorkedMinutes(worked, roundingStep) : null;
}
