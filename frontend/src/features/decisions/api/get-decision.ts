import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { MajorDecision } from '../types';

import { decisionKeys } from './query-keys';

/** A decision as read, with the ETag its changes send back in If-Match (SYS-02). */
export type VersionedDecision = { decision: MajorDecision; etag: string };

export function useDecision(township: string, id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: decisionKeys.detail(township, id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedDecision> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/major-decisions/{id}', {
          params: { path: { township, id } },
          signal,
        }),
      );
      return { decision: data, etag: etagOf(response, data.version) };
    },
  });
}
