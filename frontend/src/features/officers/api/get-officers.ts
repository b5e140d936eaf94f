import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { Department, OfficerStatus } from '../types';

import { officerKeys } from './query-keys';

export type OfficerListParams = {
  page: number;
  size: number;
  sort?: string;
  department?: Department;
  status?: OfficerStatus;
  expiringWithinDays?: number;
  q?: string;
};

/** A page of the township's officers, filtered and sorted by the server. */
export function useOfficers(township: string, params: OfficerListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: officerKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/officers', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
