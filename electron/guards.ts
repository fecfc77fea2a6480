import { isAllowedNavigation } from './security.js';

/**
 * Every way a page can be moved elsewhere: a link or script (will-navigate), a
 * server redirect of an allowed navigation (will-redirect) and a frame's own
 * navigation, subframes included (will-frame-navigate). One check for all.
 */
export const navigationEvents = ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const;

interface NavigationAttempt {
  url: string;
  preventDefault(): void;
}

/** What the window needs from its contents: a listener per navigation event. */
export interface NavigationSource {
  on(event: (typeof navigationEvents)[number], listener: (attempt: NavigationAttempt) => void): unknown;
}

/** Refuses every navigation that would leave the app's own origin. */
export function guardNavigation(contents: NavigationSource): void {
  for (const name of navigationEvents) {
    contents.on(name, (attempt) => {
      if (!isAllowedNavigation(attempt.url)) attempt.preventDefault();
    });
  }
}

/** A renderer may be reloaded this often within `crashWindowMs`; beyond that it crashes on its own data. */
export const maxReloads = 3;
export const crashWindowMs = 60_000;

export type CrashAnswer = 'ignore' | 'reload' | 'giveUp';

/**
 * What to do when the renderer process is gone. A clean exit is the window
 * closing. A crash is reloaded (nothing is lost: every call committed or
 * changed nothing), unless it keeps crashing, which a reload loop would hide.
 * `earlier` holds the moments of earlier reloads (ms); the answer's list replaces it.
 */
export function afterRendererGone(
  reason: string,
  now: number,
  earlier: readonly number[],
): { answer: CrashAnswer; reloads: number[] } {
  if (reason === 'clean-exit') return { answer: 'ignore', reloads: [...earlier] };
  const recent = earlier.filter((moment) => now - moment < crashWindowMs);
  if (recent.length >= maxReloads) return { answer: 'giveUp', reloads: recent };
  return { answer: 'reload', reloads: [...recent, now] };
}
