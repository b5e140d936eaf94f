import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { officerKeys } from '@/lib/api/officers';
import { etagOf, unwrap } from '@/lib/api/problem';

import type {
  ExamRegistration,
  ExamRegistrationRequest,
  ExamResultRequest,
  ExamStatus,
} from '../types';

export type ExamListParams = {
  page: number;
  size: number;
  sort?: string;
  year?: number;
  status?: ExamStatus;
  officerId?: string;
};

export const examKeys = {
  all: (township: string) => ['exam-registrations', township] as const,
  lists: (township: string) => ['exam-registrations', township, 'list'] as const,
  list: (township: string, params: ExamListParams) =>
    ['exam-registrations', township, 'list', params] as const,
  detail: (township: string, id: string) => ['exam-registrations', township, 'detail', id] as const,
};

/** A registration as read, with the ETag its changes send back in If-Match (SYS-02). */
export type VersionedRegistration = { registration: ExamRegistration; etag: string };

/** A page of the township's certificate-exam registrations. */
export function useExamRegistrations(township: string, params: ExamListParams, enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: examKeys.list(township, params),
    enabled,
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/exam-registrations', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

export function useExamRegistration(township: string, id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: examKeys.detail(township, id ?? ''),
    enabled: Boolean(id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedRegistration> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/exam-registrations/{id}', {
          params: { path: { township, id: id ?? '' } },
          signal,
        }),
      );
      return { registration: data, etag: etagOf(response, data.version) };
    },
  });
}

export type ExamChange =
  | { kind: 'register'; body: ExamRegistrationRequest; idempotencyKey: string }
  | { kind: 'revise'; id: string; etag: string; body: ExamRegistrationRequest }
  | { kind: 'record-result'; id: string; etag: string; body: ExamResultRequest };

/**
 * Register someone (POST, Idempotency-Key), edit a registration (PUT, If-Match) and record the result
 * (If-Match): a pass issues the certificate in the officer register, so the officers list is read again.
 */
export function useExamChange(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: ExamChange): Promise<VersionedRegistration> => {
      const call = (() => {
        switch (change.kind) {
          case 'register':
            return api.POST('/api/v1/townships/{township}/exam-registrations', {
              params: { path: { township }, header: { 'Idempotency-Key': change.idempotencyKey } },
              body: change.body,
            });
          case 'revise':
            return api.PUT('/api/v1/townships/{township}/exam-registrations/{id}', {
              params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
              body: change.body,
            });
          case 'record-result':
            return api.POST(
              '/api/v1/townships/{township}/exam-registrations/{id}/actions/record-result',
              {
                params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
                body: change.body,
              },
            );
        }
      })();
      const { data, response } = await unwrap(call);
      return { registration: data, etag: etagOf(response, data.version) };
    },
    onSuccess: async (saved, change) => {
      queryClient.setQueryData(examKeys.detail(township, saved.registration.id), saved);
      await queryClient.invalidateQueries({ queryKey: examKeys.lists(township) });
      if (change.kind === 'record-result' && saved.registration.status === 'PASSED') {
        await queryClient.invalidateQueries({ queryKey: officerKeys.all(township) });
      }
    },
  });
}
