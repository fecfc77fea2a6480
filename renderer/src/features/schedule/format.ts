import { shiftLabel } from '@contract/present.js';

/** "po 30. 11. 9:00": the board's shifts carry `start`, the contract's label takes `startTime`. */
export function shiftName(lang: string, shift: { date: string; start: string }): string {
  return shiftLabel(lang, { date: shift.date, startTime: shift.start });
}
