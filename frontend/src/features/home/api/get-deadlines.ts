import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type DeadlineItem = components['schemas']['DeadlineView'];

/** What falls due within `within` (an ISO period) or is overdue: overdue first, then by due day. */
export function useDeadlines(township: string, within = 'P7D') {
  const api = useApiClient();
  return useQuery({
    queryKey: ['deadlines', township, within],
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/deadlines', {
          params: { path: { township }, query: { within } },
          signal,
        }),
      );
      return [...data.items].sort(
        (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn),
      );
    },
  });
}
