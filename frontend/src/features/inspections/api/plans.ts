import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { InspectionPlan, InspectionPlanRequest, InspectionPlanStatus } from '../types';

import { planKeys } from './query-keys';

export type PlanListParams = {
  page: number;
  size: number;
  sort?: string;
  year?: number;
  status?: InspectionPlanStatus;
  q?: string;
};

export function useInspectionPlans(township: string, params: PlanListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/inspection-plans', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

export type VersionedPlan = { plan: InspectionPlan; etag: string };

export function useInspectionPlan(township: string, id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.detail(township, id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedPlan> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/inspection-plans/{id}', {
          params: { path: { township, id: id ?? '' } },
          signal,
        }),
      );
      return { plan: data, etag: etagOf(response, data.version) };
    },
  });
}

export type PlanChange =
  | { kind: 'create'; body: InspectionPlanRequest; idempotencyKey: string }
  | { kind: 'update'; id: string; etag: string; body: InspectionPlanRequest }
  | { kind: 'file'; id: string; etag: string; filedOn: string; filingReference: string }
  | { kind: 'publish'; id: string; etag: string };

/** Draft (Idempotency-Key) and edit a plan; the leader records the county's filing and publishes it. */
export function usePlanChange(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: PlanChange): Promise<VersionedPlan> => {
      const call = (() => {
        switch (change.kind) {
          case 'create':
            return api.POST('/api/v1/townships/{township}/inspection-plans', {
              params: { path: { township }, header: { 'Idempotency-Key': change.idempotencyKey } },
              body: change.body,
            });
          case 'update':
            return api.PUT('/api/v1/townships/{township}/inspection-plans/{id}', {
              params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
              body: change.body,
            });
          case 'file':
            return api.POST('/api/v1/townships/{township}/inspection-plans/{id}/actions/file', {
              params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
              body: { filedOn: change.filedOn, filingReference: change.filingReference },
            });
          case 'publish':
            return api.POST('/api/v1/townships/{township}/inspection-plans/{id}/actions/publish', {
              params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
            });
        }
      })();
      const { data, response } = await unwrap(call);
      return { plan: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(planKeys.detail(township, saved.plan.id), saved);
      return queryClient.invalidateQueries({ queryKey: planKeys.lists(township) });
    },
  });
}
