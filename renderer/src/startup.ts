import { isoWeekOf, localIsoDate } from '@contract/dates.js';
import { prefetchApiQuery } from './api/hooks.js';
import { queryClient } from './api/queryClient.js';

/** The week board's code: the screen the app opens on, so its loading starts with the app's own. */
export const loadWeekPage = () => import('./features/schedule/WeekPage.js');

/** The week an address shows: the one it names, or for "/" and "/week" this computer's current week. */
function weekOf(pathname: string): { year: number; week: number } | null {
  const named = /^\/week\/(\d+)\/(\d+)$/.exec(pathname);
  if (named) return { year: Number(named[1]), week: Number(named[2]) };
  return pathname === '/' || pathname === '/week' ? isoWeekOf(localIsoDate(new Date())) : null;
}

/**
 * Runs before the bulk of the app's code has loaded: the reads the first screen
 * waits for go out at once, in parallel with that code, instead of one after
 * another once the screens have rendered. "/" redirects to the week of the API's
 * clock (system.info); the week is read on the guess that this computer's clock
 * agrees, as it does for the desktop app and browser mode on the same machine.
 * A wrong guess costs one unused read; the redirect still follows the API.
 */
export function startFirstScreen(pathname: string): void {
  void prefetchApiQuery(queryClient, 'system.info', {});
  void prefetchApiQuery(queryClient, 'settings.getPreferences', {});
  void prefetchApiQuery(queryClient, 'settings.getCoordinator', {});
  void prefetchApiQuery(queryClient, 'settings.yearTurn', {});
  const week = weekOf(pathname);
  if (week) {
    void prefetchApiQuery(queryClient, 'schedule.week', week);
    void loadWeekPage();
  }
}
