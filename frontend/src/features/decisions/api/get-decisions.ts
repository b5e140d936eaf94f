import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { DecisionStatus } from '../types';

import { decisionKeys } from './query-keys';

export type DecisionListParams = {
  page: number;
  size: number;
  sort?: string;
  year?: number;
  catalogued?: boolean;
  status?: DecisionStatus;
  q?: string;
};

/** The township's major decisions of a year: its catalogue (目录), and those outside it. */
export function useDecisions(township: string, params: DecisionListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: decisionKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/major-decisions', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
