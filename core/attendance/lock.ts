import type { Ctx } from '../api/context.js';

/**
 * Whether the work records of a day are in a closed pay month and can never
 * change. Pay months cannot be closed yet, so nothing is locked; every write
 * to a work record (and every undo that would remove one) asks here, so
 * closing a month needs only this answer.
 */
export function workRecordLocked(_ctx: Ctx, _date: string): boolean {
  return false;
}
