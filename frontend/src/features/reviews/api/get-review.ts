import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { Review } from '../types';

import { reviewKeys } from './query-keys';

/** A review as read, with the ETag its actions send back in If-Match (SYS-02). */
export type VersionedReview = { review: Review; etag: string };

export function useReview(township: string, id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: reviewKeys.detail(township, id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedReview> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/legality-reviews/{id}', {
          params: { path: { township, id } },
          signal,
        }),
      );
      return { review: data, etag: etagOf(response, data.version) };
    },
  });
}
