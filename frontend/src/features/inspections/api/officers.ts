import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

/** The township's officers, to choose the inspection team from (ENF-01, ENF-02). */
export function useTeamCandidates(township: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['inspections', township, 'team-candidates'],
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/officers', {
          params: { path: { township }, query: { page: 0, size: 200, sort: 'name,asc' } },
          signal,
        }),
      );
      return data.items;
    },
  });
}
