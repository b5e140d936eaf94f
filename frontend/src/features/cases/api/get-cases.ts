import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { CaseProcedure, CaseStatus, EnforcementField, OutcomeKind } from '../types';

import { caseKeys } from './query-keys';

export type CaseListParams = {
  page: number;
  size: number;
  sort?: string;
  status?: CaseStatus;
  field?: EnforcementField;
  procedure?: CaseProcedure;
  year?: number;
  outcome?: OutcomeKind;
  q?: string;
  dueWithinDays?: number;
};

/** The township's enforcement cases (行政处罚案件), filtered and sorted by the API. */
export function useCases(township: string, params: CaseListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: caseKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/enforcement-cases', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
