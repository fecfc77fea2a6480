import type { VaultState } from '@contract/vault.js';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { takeEarlyRead } from '../../api/earlyReads.js';
import { apiErrorOf } from '../../api/errors.js';
import { callApi } from '../../api/transport.js';
import { OpeningScreen } from '../opening/OpeningScreen.js';
import { LockScreen } from './LockScreen.js';

const frontOfData = new Set(['vault.status', 'system.openProblem']);

/** Where the page keeps the lock's state (a GateState) in its query cache. */
export const lockStateKey = ['vault.status'];

/** How often the page asks whether the data is still unlocked (and says whether someone used it). */
const pollMs = 15_000;

/**
 * Where the lock stands for this page; `noSession` is browser mode without its
 * cookie, `cannotOpen` a data file the door could not open (its own screen).
 */
export type GateState = VaultState | 'noSession' | 'cannotOpen';

async function currentState(active: boolean): Promise<GateState> {
  try {
    // The first ask was sent before the app's code ran (firstReads.ts).
    const input = { active };
    return (await (takeEarlyRead('vault.status', input) ?? callApi('vault.status', input))).state;
  } catch (error) {
    const { code, params } = apiErrorOf(error);
    if (code === 'transport' && params?.status === 401) return 'noSession';
    if (code === 'system.cannotOpen') return 'cannotOpen';
    throw error;
  }
}

/**
 * Shows the screens only while the data is unlocked; otherwise the unlock (or
 * first password) screen. A key press or a click counts as use and is reported
 * with the next poll, so the server's idle lock (the one home of that rule)
 * knows of it. Locking drops every cached answer, so nothing of the data stays
 * in the page.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const used = useRef(false);
  useEffect(() => {
    const mark = () => {
      used.current = true;
    };
    window.addEventListener('keydown', mark, true);
    window.addEventListener('pointerdown', mark, true);
    return () => {
      window.removeEventListener('keydown', mark, true);
      window.removeEventListener('pointerdown', mark, true);
    };
  }, []);
  const status = useQuery({
    queryKey: lockStateKey,
    queryFn: () => {
      const active = used.current;
      used.current = false;
      return currentState(active);
    },
    refetchInterval: pollMs,
    staleTime: 0,
    // The state a drawn first screen came with (App.tsx) is as new as the page: the poll asks next.
    refetchOnMount: false,
  });
  const state = status.data;
  useEffect(() => {
    if (state !== undefined && state !== 'unlocked') {
      // What the screens in front of the data ask (the lock, why the file cannot be opened) holds nothing of it.
      queryClient.removeQueries({ predicate: (query) => !frontOfData.has(String(query.queryKey[0])) });
    }
  }, [state, queryClient]);
  if (state === undefined) return null;
  if (state === 'unlocked') return children;
  if (state === 'cannotOpen') return <OpeningScreen />;
  return <LockScreen state={state} />;
}
