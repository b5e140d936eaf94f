import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { officerKeys } from '@/lib/api/officers';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { Officer } from '../types';

/** A record as read, with the ETag its changes must send back in If-Match (SYS-02). */
export type VersionedOfficer = { officer: Officer; etag: string };

export function useOfficer(township: string, id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: officerKeys.detail(township, id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedOfficer> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/officers/{id}', {
          params: { path: { township, id: id ?? '' } },
          signal,
        }),
      );
      return { officer: data, etag: etagOf(response, data.version) };
    },
  });
}
