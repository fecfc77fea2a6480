import { drawnMark, firstReadsBlockId, firstScreenReads, type FirstAnswer } from '@contract/first-reads.js';
import { localIsoDate } from '@contract/dates.js';
import { answeredEarly, readEarly } from './api/earlyReads.js';

/**
 * The first screen's reads (the contract's list), for this computer's week:
 * "/" redirects to the week of the API's clock (system.info), and this guess
 * that the clocks agree costs one unused read when wrong.
 */
function readFirstScreen(): void {
  for (const { method, input } of firstScreenReads(window.location.pathname, localIsoDate(new Date()))) {
    readEarly(method, input);
  }
}

/** A first screen browser mode's door drew: the answers it drew it from and the address it drew it at. */
export interface Drawn {
  answers: FirstAnswer[];
  at: string;
}

/**
 * The answers browser mode's door sent with the page (core/doors/http.ts),
 * when this browser's data was unlocked as the page was sent: then nothing
 * needs asking before the first screen can show. When the door also drew
 * the first screen from them (#root marked with the address it drew it at),
 * they go to the page's cache as the door's did (App.tsx); otherwise they
 * are handed over as reads started early would be.
 */
function sentWithPage(): { drawn: Drawn | null } | null {
  const block = document.getElementById(firstReadsBlockId)?.textContent;
  if (!block) return null;
  const answers = JSON.parse(block) as FirstAnswer[];
  const at = document.getElementById('root')?.getAttribute(drawnMark) ?? null;
  if (at !== null) return { drawn: { answers, at } };
  for (const { method, input, result } of answers) answeredEarly(method, input, result);
  return { drawn: null };
}

const sent = sentWithPage();

/** The first screen the door drew, for the page to take over; null when the page draws itself. */
export const drawn: Drawn | null = sent?.drawn ?? null;

/**
 * Settles once the lock has answered and, when unlocked, the first screen's
 * reads are out (at once when the page came with them); main.tsx renders
 * then, so rendering does not delay them.
 */
export const firstReadsSent = new Promise<void>((settled) => {
  if (sent) {
    settled();
    return;
  }
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
      if (state === 'unlocked') readFirstScreen();
      settled();
    },
    settled,
  );
});
