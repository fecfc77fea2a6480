import { useApiQuery } from '../api/hooks.js';

/** Today as the app's clock (the API's) sees it, so defaults match what the rules check. */
export function useToday(): string | undefined {
  return useApiQuery('system.info', {}, { staleTime: 60_000 }).data?.today;
}
