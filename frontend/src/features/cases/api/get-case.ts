import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { EnforcementCaseView } from '../types';

import { caseKeys } from './query-keys';

/** A case as read, with the ETag its actions send back in If-Match (SYS-02). */
export type VersionedCase = { record: EnforcementCaseView; etag: string };

export function useCase(township: string, id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: caseKeys.detail(township, id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedCase> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/enforcement-cases/{id}', {
          params: { path: { township, id } },
          signal,
        }),
      );
      return { record: data, etag: etagOf(response, data.version) };
    },
  });
}
