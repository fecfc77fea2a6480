import { QueryClient } from '@tanstack/react-query';

/** The one cache of reads, shared by the screens and by the reads started before they load (firstReads.ts). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 },
    mutations: { retry: false },
  },
});
