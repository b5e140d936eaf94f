import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { ContractStatus, ContractType } from '../types';

import { contractKeys } from './query-keys';

export type ContractListParams = {
  page: number;
  size: number;
  sort?: string;
  status?: ContractStatus;
  type?: ContractType;
  major?: boolean;
  q?: string;
  year?: number;
  endingWithinDays?: number;
  overdue?: boolean;
};

/** 合同台账: the township's contracts with their CON-01 and CON-03 marks, filtered by the server. */
export function useContracts(township: string, params: ContractListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: contractKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/contracts', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
