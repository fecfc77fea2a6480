import { isoWeekOf, localIsoDate } from '@contract/dates.js';
import { readEarly } from './api/earlyReads.js';

/** The week an address shows: the one it names, or for "/" and "/week" this computer's current week. */
function weekOf(pathname: string): { year: number; week: number } | null {
  const named = /^\/week\/(\d+)\/(\d+)$/.exec(pathname);
  if (named) return { year: Number(named[1]), week: Number(named[2]) };
  return pathname === '/' || pathname === '/week' ? isoWeekOf(localIsoDate(new Date())) : null;
}

/*
 * Imported first by main.tsx, so it runs before the rest of the app's code:
 * ES modules run in the order they are imported, once all are loaded. The
 * reads the first screen waits for go out at once and are answered while that
 * code runs, rather than one after another once the screens have rendered.
 * "/" redirects to the week of the API's clock (system.info); that week is read
 * on the guess that this computer's clock agrees, as it does for the desktop
 * app and browser mode alike. A wrong guess costs one unused read; the redirect
 * still follows the API.
 */
readEarly('system.info', {});
readEarly('settings.getPreferences', {});
readEarly('settings.getCoordinator', {});
readEarly('settings.yearTurn', {});
const week = weekOf(window.location.pathname);
if (week) readEarly('schedule.week', week);
