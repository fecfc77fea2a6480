import type { ApiResult } from './errors.js';
import type { Locale } from './i18n.js';
import type { Preferences } from './settings.js';
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

/** The address of a week's board. */
export const weekPath = (w: { year: number; week: number }) => `/week/${w.year}/${w.week}`;

/** The week an address shows: the one it names, or for "/" and "/week" the week of `today`. */
export function weekOf(pathname: string, today: string): { year: number; week: number } | null {
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

/** One of the door's answers to the first reads, as the page's JSON block holds it (the lock's state first). */
export interface FirstAnswer {
  method: string;
  input: object;
  result: ApiResult<unknown>;
}

/**
 * The attribute on #root of a page whose first screen browser mode's door
 * drew (renderer/src/entry-server.tsx): inert until the page has taken it over.
 */
export const drawnMark = 'data-drawn';

/** The language the saved preferences in the first reads' answers ask for (Czech until there are any). */
export function languageOf(answers: FirstAnswer[]): Locale {
  const preferences = answers.find((answer) => answer.method === 'settings.getPreferences')?.result;
  return preferences?.ok && (preferences.value as Preferences).language === 'en' ? 'en' : 'cs';
}
