import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { MatterKind } from '../types';

export type PageParams = { page: number; size: number };

/** The township's published enforcement matters (权责清单), for anyone. */
export function usePublicMatters(
  township: string,
  params: PageParams & { kind?: MatterKind; q?: string },
) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['public', 'enforcement-matters', township, params],
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/public/townships/{township}/enforcement-matters', {
          params: { path: { township }, query: { ...params, sort: 'code,asc' } },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

/** The published enterprise inspection items list (清单之外无检查). */
export function usePublicItems(township: string, params: PageParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['public', 'inspection-items', township, params],
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/public/townships/{township}/inspection-items', {
          params: { path: { township }, query: { ...params, sort: 'code,asc' } },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

/** The published yearly inspection plans, the latest year first. */
export function usePublicPlans(township: string, params: PageParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['public', 'inspection-plans', township, params],
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/public/townships/{township}/inspection-plans', {
          params: { path: { township }, query: { ...params, sort: 'year,desc' } },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
