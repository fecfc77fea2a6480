/** Minutes since midnight of a local 'HH:MM'. */
export function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
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
