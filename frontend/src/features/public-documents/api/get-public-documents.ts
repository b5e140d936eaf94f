import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

/** The township's normative documents in force, as published (no login). */
export function usePublicDocuments(township: string, page: number, size: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['public', 'normative-documents', township, page, size],
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/public/townships/{township}/normative-documents', {
          params: { path: { township }, query: { page, size, sort: 'issuedOn,desc' } },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
