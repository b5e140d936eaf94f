import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { Department, EnforcementField, MatterKind, MatterSource } from '../types';

import { matterKeys } from './query-keys';

export type MatterListParams = {
  page: number;
  size: number;
  sort?: string;
  kind?: MatterKind;
  field?: EnforcementField;
  department?: Department;
  source?: MatterSource;
  published?: boolean;
  q?: string;
};

/** A page of the township's enforcement matters, filtered and sorted by the server. */
export function useMatters(township: string, params: MatterListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: matterKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/enforcement-matters', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
