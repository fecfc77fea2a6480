import { isoWeekOf } from './dates.js';

/**
 * The reads the first screen waits for, sent before its code has loaded:
 * by the page's first script (renderer/src/firstReads.ts) or, in browser
 * mode, by the door with the page itself (core/doors/http.ts). Without
 * schemas, so the first script loads nothing big.
 */
export type FirstRead =
  | {
      method: 'system.info' | 'settings.getPreferences' | 'settings.getCoordinator' | 'settings.yearTurn';
      input: Record<string, never>;
    }
  | { method: 'schedule.week'; input: { year: number; week: number } };

/** The week an address shows: the one it names, or for "/" and "/week" the week of `today`. */
function weekOf(pathname: string, today: string): { year: number; week: number } | null {
  const named = /^\/week\/(\d+)\/(\d+)$/.exec(pathname);
  if (named) return { year: Number(named[1]), week: Number(named[2]) };
  return pathname === '/' || pathname === '/week' ? isoWeekOf(today) : null;
}

/**
 * What the screen at `pathname` reads first. "/" redirects to the week of
 * the API's clock (system.info), so `today` should be that day; a wrong guess
 * costs one unused read, as the redirect still follows the API.
 */
export function firstScreenReads(pathname: string, today: string): FirstRead[] {
  const reads: FirstRead[] = [
    { method: 'system.info', input: {} },
    { method: 'settings.getPreferences', input: {} },
    { method: 'settings.getCoordinator', input: {} },
    { method: 'settings.yearTurn', input: {} },
  ];
  const week = weekOf(pathname, today);
  if (week) reads.push({ method: 'schedule.week', input: week });
  return reads;
}

/** The id of the page's JSON block holding the door's answers to the first reads (browser mode, unlocked). */
export const firstReadsBlockId = 'shiftbook-first-reads';
