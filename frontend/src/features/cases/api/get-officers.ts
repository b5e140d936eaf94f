import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import { caseKeys } from './query-keys';

/** The township's active officers, to pick a case's team from (ENF-01, ENF-02). */
export function useCaseOfficers(township: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: caseKeys.officers(township),
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/officers', {
          params: {
            path: { township },
            query: { status: 'ACTIVE', size: 200, sort: 'name,asc' },
          },
          signal,
        }),
      );
      return data.items;
    },
  });
}
