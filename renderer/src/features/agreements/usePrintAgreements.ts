import { useQueryClient } from '@tanstack/react-query';
import { usePrint } from '../../components/PrintPreview.js';

/**
 * Printing through usePrint, then refreshing what printing changes: a draft
 * becomes printed and the printed documents list grows.
 */
export function usePrintAgreements() {
  const queryClient = useQueryClient();
  const { print, busy, preview } = usePrint();
  const printAndRefresh: typeof print = async (method, input) => {
    const result = await print(method, input);
    await queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('agreements.') });
    return result;
  };
  return { print: printAndRefresh, busy, preview };
}
