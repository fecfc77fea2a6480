import type { Input, MethodName, Output } from '@contract/index.js';
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { callApi } from './transport.js';

/** A read's cache key: the method and its input, the same for a screen's read and one started early. */
function readKey<M extends MethodName>(method: M, input: Input<M>): readonly [M, Input<M>] {
  return [method, input];
}

/** Reads through the contract; the cache key is the method and its input. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Output<M>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Output<M>>({
    queryKey: readKey(method, input),
    queryFn: () => callApi(method, input),
    ...options,
  });
}

/** Starts a read before the screen that needs it is on the page; the screen's useApiQuery then waits for this one. */
export function prefetchApiQuery<M extends MethodName>(client: QueryClient, method: M, input: Input<M>): Promise<void> {
  return client.prefetchQuery<Output<M>>({ queryKey: readKey(method, input), queryFn: () => callApi(method, input) });
}

/**
 * Writes through the contract. After success the cached reads of the listed
 * areas (method name prefixes like "clients.") are refreshed.
 */
export function useApiMutation<M extends MethodName>(method: M, invalidates: string[]) {
  const queryClient = useQueryClient();
  return useMutation<Output<M>, Error, Input<M>>({
    mutationFn: (input) => callApi(method, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        predicate: (query) => invalidates.some((prefix) => String(query.queryKey[0]).startsWith(prefix)),
      });
    },
  });
}
