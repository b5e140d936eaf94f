import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import { reviewKeys } from './query-keys';

/** A year's figures: reviews by type and outcome, average working days to the opinion. */
export function useReviewStatistics(township: string, year: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: reviewKeys.statistics(township, year),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/legality-reviews/statistics', {
          params: { path: { township }, query: { year } },
          signal,
        }),
      );
      return data;
    },
  });
}
