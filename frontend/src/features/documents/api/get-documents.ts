import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { DocumentStatus } from '../types';

import { documentKeys } from './query-keys';

export type DocumentListParams = {
  page: number;
  size: number;
  sort?: string;
  status?: DocumentStatus;
  provisional?: boolean;
  evaluationDue?: boolean;
  year?: number;
  q?: string;
};

/** A page of the township's normative documents register, filtered and sorted by the server. */
export function useDocuments(township: string, params: DocumentListParams, enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: documentKeys.list(township, params),
    enabled,
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/normative-documents', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
