import type { CallableName, Input, Output } from '@contract/index.js';
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback } from 'react';
import { takeEarlyRead } from './earlyReads.js';
import { callApi, setApiLocale } from './transport.js';

/** The cache key of a read through the contract: the method and its input. */
export const apiQueryKey = (method: string, input: unknown) => [method, input];

/** Reads through the contract; the cache key is the method and its input. */
export function useApiQuery<M extends CallableName>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Output<M>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Output<M>>({
    queryKey: apiQueryKey(method, input),
    queryFn: () => takeEarlyRead(method, input) ?? callApi(method, input),
    ...options,
  });
}

/**
 * Writes through the contract. After success the cached reads of the listed
 * areas (method name prefixes like "clients.") are refreshed.
 */
export function useApiMutation<M extends CallableName>(method: M, invalidates: string[]) {
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

/**
 * Sets the language the core words its answers in (errors, the change log's
 * codes); reads answered in the other language are read again.
 */
export function useApiLocale(): (locale: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (locale: string) => {
      if (setApiLocale(locale)) void queryClient.invalidateQueries();
    },
    [queryClient],
  );
}
