import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type {
  Consultation,
  ConsultationRequest,
  LegalAdviser,
  LegalAdviserRequest,
  LinkedRecordType,
} from '../types';

export type AdviserListParams = { page: number; size: number; sort?: string; q?: string };
export type ConsultationListParams = {
  page: number;
  size: number;
  sort?: string;
  from?: string;
  to?: string;
  linkedRecordType?: LinkedRecordType;
  q?: string;
};

export const adviserKeys = {
  lists: (township: string) => ['legal-advisers', township, 'list'] as const,
  list: (township: string, params: AdviserListParams) =>
    ['legal-advisers', township, 'list', params] as const,
  detail: (township: string, id: string) => ['legal-advisers', township, 'detail', id] as const,
  consultations: (township: string, id: string) =>
    ['legal-advisers', township, 'consultations', id] as const,
  consultationList: (township: string, id: string, params: ConsultationListParams) =>
    ['legal-advisers', township, 'consultations', id, params] as const,
};

export type VersionedAdviser = { adviser: LegalAdviser; etag: string };

export function useAdvisers(township: string, params: AdviserListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: adviserKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/legal-advisers', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

export function useAdviser(township: string, id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: adviserKeys.detail(township, id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedAdviser> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/legal-advisers/{id}', {
          params: { path: { township, id } },
          signal,
        }),
      );
      return { adviser: data, etag: etagOf(response, data.version) };
    },
  });
}

/** Engage (POST with Idempotency-Key) or edit (PUT with If-Match) an adviser. */
export function useSaveAdviser(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (
      save:
        | { kind: 'engage'; body: LegalAdviserRequest; idempotencyKey: string }
        | { kind: 'update'; id: string; etag: string; body: LegalAdviserRequest },
    ): Promise<VersionedAdviser> => {
      const { data, response } = await unwrap(
        save.kind === 'engage'
          ? api.POST('/api/v1/townships/{township}/legal-advisers', {
              params: {
                path: { township },
                header: { 'Idempotency-Key': save.idempotencyKey },
              },
              body: save.body,
            })
          : api.PUT('/api/v1/townships/{township}/legal-advisers/{id}', {
              params: { path: { township, id: save.id }, header: { 'If-Match': save.etag } },
              body: save.body,
            }),
      );
      return { adviser: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(adviserKeys.detail(township, saved.adviser.id), saved);
      return queryClient.invalidateQueries({ queryKey: adviserKeys.lists(township) });
    },
  });
}

/** The adviser's consultations log. */
export function useConsultations(township: string, id: string, params: ConsultationListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: adviserKeys.consultationList(township, id, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/legal-advisers/{id}/consultations', {
          params: { path: { township, id }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

/** Log (POST with Idempotency-Key) or correct (PUT with If-Match) a consultation. */
export function useSaveConsultation(township: string, adviserId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (
      save:
        | { kind: 'log'; body: ConsultationRequest; idempotencyKey: string }
        | { kind: 'update'; consultationId: string; etag: string; body: ConsultationRequest },
    ): Promise<Consultation> => {
      const { data } = await unwrap(
        save.kind === 'log'
          ? api.POST('/api/v1/townships/{township}/legal-advisers/{id}/consultations', {
              params: {
                path: { township, id: adviserId },
                header: { 'Idempotency-Key': save.idempotencyKey },
              },
              body: save.body,
            })
          : api.PUT(
              '/api/v1/townships/{township}/legal-advisers/{id}/consultations/{consultationId}',
              {
                params: {
                  path: { township, id: adviserId, consultationId: save.consultationId },
                  header: { 'If-Match': save.etag },
                },
                body: save.body,
              },
            ),
      );
      return data;
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: adviserKeys.consultations(township, adviserId) }),
  });
}
