import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { EnforcementMatter } from '../types';

import { matterKeys } from './query-keys';

/** A matter as read, with the ETag its changes send back in If-Match (SYS-02). */
export type VersionedMatter = { matter: EnforcementMatter; etag: string };

export function useMatter(township: string, id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: matterKeys.detail(township, id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedMatter> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/enforcement-matters/{id}', {
          params: { path: { township, id: id ?? '' } },
          signal,
        }),
      );
      return { matter: data, etag: etagOf(response, data.version) };
    },
  });
}
