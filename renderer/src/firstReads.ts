import { isoWeekOf, localIsoDate } from '@contract/dates.js';
import { lockStateMeta } from '@contract/vault.js';
import { readEarly } from './api/earlyReads.js';

/** The week an address shows: the one it names, or for "/" and "/week" this computer's current week. */
function weekOf(pathname: string): { year: number; week: number } | null {
  const named = /^\/week\/(\d+)\/(\d+)$/.exec(pathname);
  if (named) return { year: Number(named[1]), week: Number(named[2]) };
  return pathname === '/' || pathname === '/week' ? isoWeekOf(localIsoDate(new Date())) : null;
}

/**
 * The reads of the first screen. "/" redirects to the week of the API's clock
 * (system.info); that week is read on the guess that this computer's clock
 * agrees, as it does for the desktop app and browser mode alike. A wrong guess
 * costs one unused read; the redirect still follows the API.
 */
function readFirstScreen(): void {
  readEarly('system.info', {});
  readEarly('settings.getPreferences', {});
  readEarly('settings.getCoordinator', {});
  readEarly('settings.yearTurn', {});
  const week = weekOf(window.location.pathname);
  if (week) readEarly('schedule.week', week);
}

/**
 * Browser mode's page says when its data was unlocked as it was sent (the
 * door's meta tag): the first screen's reads then leave at once, with this
 * first script, rather than after the lock has answered.
 */
const unlockedAtLoad = document.querySelector(`meta[name="${lockStateMeta}"]`)?.getAttribute('content') === 'unlocked';

/**
 * Settles once the lock has answered and, when unlocked, the first screen's
 * reads are out (at once when the page said so); main.tsx renders then, so
 * rendering does not delay them.
 */
export const firstReadsSent = new Promise<void>((settled) => {
  /*
   * Imported first by main.tsx, so it runs before the rest of the app's code:
   * ES modules run in the order they are imported, once all are loaded. The
   * lock's status goes out at once (VaultGate takes its answer), and the reads
   * the first screen waits for follow the moment it says "unlocked".
   * While the data is locked or has no password yet the gate refuses every read
   * but the lock's own, so none is sent: the unlock screen stays free of refusals.
   */
  readEarly(
    'vault.status',
    { active: false },
    ({ state }) => {
      if (state === 'unlocked' && !unlockedAtLoad) readFirstScreen();
      settled();
    },
    settled,
  );
  if (unlockedAtLoad) {
    readFirstScreen();
    settled();
  }
});
