import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type {
  EnforcementField,
  Inspection,
  InspectionReason,
  InspectionRequest,
  InspectionResult,
  InspectionResultRequest,
  InspectionStatus,
} from '../types';

import { inspectionKeys } from './query-keys';

export type InspectionListParams = {
  page: number;
  size: number;
  sort?: string;
  status?: InspectionStatus;
  field?: EnforcementField;
  itemId?: string;
  creditCode?: string;
  year?: number;
  reason?: InspectionReason;
  result?: InspectionResult;
  q?: string;
};

export function useInspections(township: string, params: InspectionListParams, enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: inspectionKeys.list(township, params),
    enabled,
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/inspections', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

export type VersionedInspection = { inspection: Inspection; etag: string };

export function useInspection(township: string, id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: inspectionKeys.detail(township, id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedInspection> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/inspections/{id}', {
          params: { path: { township, id: id ?? '' } },
          signal,
        }),
      );
      return { inspection: data, etag: etagOf(response, data.version) };
    },
  });
}

export type InspectionChange =
  | { kind: 'propose'; body: InspectionRequest; idempotencyKey: string }
  | { kind: 'revise'; id: string; etag: string; body: InspectionRequest }
  | { kind: 'approve'; id: string; etag: string; exceedYearlyCap: boolean }
  | { kind: 'notify'; id: string; etag: string; notifiedOn: string }
  | { kind: 'record-result'; id: string; etag: string; body: InspectionResultRequest };

/**
 * Propose (officer, leader; Idempotency-Key) and revise an inspection, approve it (leader), record the
 * notice and the result; each change of a record sends If-Match (SYS-02).
 */
export function useInspectionChange(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: InspectionChange): Promise<VersionedInspection> => {
      const call = (() => {
        if (change.kind === 'propose') {
          return api.POST('/api/v1/townships/{township}/inspections', {
            params: { path: { township }, header: { 'Idempotency-Key': change.idempotencyKey } },
            body: change.body,
          });
        }
        const params = {
          path: { township, id: change.id },
          header: { 'If-Match': change.etag },
        };
        switch (change.kind) {
          case 'revise':
            return api.PUT('/api/v1/townships/{township}/inspections/{id}', {
              params,
              body: change.body,
            });
          case 'approve':
            return api.POST('/api/v1/townships/{township}/inspections/{id}/actions/approve', {
              params,
              body: { exceedYearlyCap: change.exceedYearlyCap },
            });
          case 'notify':
            return api.POST('/api/v1/townships/{township}/inspections/{id}/actions/notify', {
              params,
              body: { notifiedOn: change.notifiedOn },
            });
          case 'record-result':
            return api.POST('/api/v1/townships/{township}/inspections/{id}/actions/record-result', {
              params,
              body: change.body,
            });
        }
      })();
      const { data, response } = await unwrap(call);
      return { inspection: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(inspectionKeys.detail(township, saved.inspection.id), saved);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.lists(township) });
    },
  });
}
