import type { ApiResult } from '@contract/errors.js';
import type { CallableName, Input, Output } from '@contract/index.js';
import { ApiCallError, callApi } from './transport.js';

const early = new Map<string, Promise<unknown>>();

// Objects' keys sorted, as the query cache compares keys, so { week, year } finds { year, week }.
// Written here rather than taken from the query library: this module loads before any library does.
const sortedKeys = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
    : value;
const keyOf = (method: string, input: unknown) => JSON.stringify([method, input], sortedKeys);

/**
 * Starts a read before the screen that needs it has loaded (firstReads.ts);
 * `then` gets its answer, for reads that depend on it, `refused` hears of a refusal.
 */
export function readEarly<M extends CallableName>(
  method: M,
  input: Input<M>,
  then: (answer: Output<M>) => void = () => undefined,
  // A refusal is the screen's to show once it takes the answer; until then it is no unhandled error.
  refused: () => void = () => undefined,
): void {
  const answer = callApi(method, input);
  answer.then(then, refused);
  early.set(keyOf(method, input), answer);
}

/**
 * An answer the page came with (browser mode's door sends the first reads'
 * answers with the page), handed over as a read started early would be.
 */
export function answeredEarly(method: string, input: unknown, result: ApiResult<unknown>): void {
  const answer = result.ok ? Promise.resolve(result.value) : Promise.reject(new ApiCallError(result.error));
  // A refusal is the screen's to show once it takes the answer; until then it is no unhandled error.
  answer.catch(() => undefined);
  early.set(keyOf(method, input), answer);
}

/**
 * A read started early, handed over once to the screen asking for the same
 * method and input (useApiQuery); later reads of it go to the API.
 */
export function takeEarlyRead<M extends CallableName>(method: M, input: Input<M>): Promise<Output<M>> | undefined {
  const key = keyOf(method, input);
  const answer = early.get(key);
  early.delete(key);
  return answer as Promise<Output<M>> | undefined;
}
