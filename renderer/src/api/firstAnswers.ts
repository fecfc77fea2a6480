import type { FirstAnswer } from '@contract/first-reads.js';
import type { VaultState } from '@contract/vault.js';
import type { QueryClient } from '@tanstack/react-query';
import { lockStateKey } from '../features/vault/VaultGate.js';
import { apiQueryKey } from './hooks.js';

/**
 * Puts the door's answers to the first reads into a query cache under the
 * keys the screens read them by (useApiQuery's [method, input]; the lock's
 * state as VaultGate keeps it), so the first render has them at once. The
 * same for the door drawing the first screen and for the page taking it
 * over: both draw the same thing. A refused read is left out, for the screen
 * to ask again and show its refusal.
 */
export function seedFirstAnswers(queryClient: QueryClient, answers: FirstAnswer[]): void {
  for (const { method, input, result } of answers) {
    if (!result.ok) continue;
    if (method === 'vault.status') {
      queryClient.setQueryData(lockStateKey, (result.value as { state: VaultState }).state);
    } else {
      queryClient.setQueryData(apiQueryKey(method, input), result.value);
    }
  }
}
