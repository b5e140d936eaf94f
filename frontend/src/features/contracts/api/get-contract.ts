import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { ContractView } from '../types';

import { contractKeys } from './query-keys';

/** A contract as read, with the ETag its changes send back in If-Match (SYS-02). */
export type VersionedContract = { contract: ContractView; etag: string };

/** One contract; none is read while `id` is undefined (the drawer registering a new one). */
export function useContract(township: string, id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: contractKeys.detail(township, id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedContract> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/contracts/{id}', {
          params: { path: { township, id: id ?? '' } },
          signal,
        }),
      );
      return { contract: data, etag: etagOf(response, data.version) };
    },
  });
}
