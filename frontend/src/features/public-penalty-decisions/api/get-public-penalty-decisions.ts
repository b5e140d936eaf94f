import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

/** The township's published penalty decisions, personal data removed (ENF-13); no login. */
export function usePublicPenaltyDecisions(township: string, page: number, size: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['public', 'penalty-decisions', township, page, size],
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/public/townships/{township}/penalty-decisions', {
          params: { path: { township }, query: { page, size } },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
