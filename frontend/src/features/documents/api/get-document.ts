import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { NormativeDocument } from '../types';

import { documentKeys } from './query-keys';

/** A document as read, with the ETag its changes send back in If-Match (SYS-02). */
export type VersionedDocument = { document: NormativeDocument; etag: string };

export function useDocument(township: string, id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: documentKeys.detail(township, id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedDocument> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/normative-documents/{id}', {
          params: { path: { township, id } },
          signal,
        }),
      );
      return { document: data, etag: etagOf(response, data.version) };
    },
  });
}
