import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type {
  Department,
  EnforcementField,
  InspectionItem,
  InspectionItemRequest,
  InspectionMethod,
} from '../types';

import { itemKeys, planKeys } from './query-keys';

export type ItemListParams = {
  page: number;
  size: number;
  sort?: string;
  field?: EnforcementField;
  method?: InspectionMethod;
  department?: Department;
  published?: boolean;
  q?: string;
};

/** A page of the township's inspection items list. */
export function useInspectionItems(township: string, params: ItemListParams, enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: itemKeys.list(township, params),
    enabled,
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/inspection-items', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

/** The published items, which inspections and plans may cite (ENF-14). */
export function usePublishedItems(township: string) {
  return useInspectionItems(township, { page: 0, size: 200, sort: 'code,asc', published: true });
}

export type VersionedItem = { item: InspectionItem; etag: string };

export function useInspectionItem(township: string, id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: itemKeys.detail(township, id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedItem> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/inspection-items/{id}', {
          params: { path: { township, id: id ?? '' } },
          signal,
        }),
      );
      return { item: data, etag: etagOf(response, data.version) };
    },
  });
}

export type ItemChange =
  | { kind: 'create'; body: InspectionItemRequest; idempotencyKey: string }
  | { kind: 'update'; id: string; etag: string; body: InspectionItemRequest }
  | { kind: 'publish'; id: string; etag: string };

/** Add (Idempotency-Key), edit (If-Match) and publish (leader, If-Match) an item of the list. */
export function useItemChange(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: ItemChange): Promise<VersionedItem> => {
      const call = (() => {
        switch (change.kind) {
          case 'create':
            return api.POST('/api/v1/townships/{township}/inspection-items', {
              params: { path: { township }, header: { 'Idempotency-Key': change.idempotencyKey } },
              body: change.body,
            });
          case 'update':
            return api.PUT('/api/v1/townships/{township}/inspection-items/{id}', {
              params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
              body: change.body,
            });
          case 'publish':
            return api.POST('/api/v1/townships/{township}/inspection-items/{id}/actions/publish', {
              params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
            });
        }
      })();
      const { data, response } = await unwrap(call);
      return { item: data, etag: etagOf(response, data.version) };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(itemKeys.detail(township, saved.item.id), saved);
      await queryClient.invalidateQueries({ queryKey: itemKeys.lists(township) });
      await queryClient.invalidateQueries({ queryKey: planKeys.lists(township) });
    },
  });
}
