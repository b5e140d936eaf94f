import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { OfficerRequest } from '../types';

import type { VersionedOfficer } from './get-officer';
import { officerKeys } from './query-keys';

export type RegisterOfficer = { body: OfficerRequest; idempotencyKey: string };

/** POST: register an officer; a retry with the same Idempotency-Key is done once (SYS-03). */
export function useRegisterOfficer(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: RegisterOfficer): Promise<VersionedOfficer> => {
      const { data, response } = await unwrap(
        api.POST('/api/v1/townships/{township}/officers', {
          params: { path: { township }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      );
      return { officer: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(officerKeys.detail(township, saved.officer.id), saved);
      return queryClient.invalidateQueries({ queryKey: officerKeys.lists(township) });
    },
  });
}

export type UpdateOfficer = { id: string; etag: string; body: OfficerRequest };

/** PUT with If-Match: a stale ETag answers 412 and nothing is overwritten. */
export function useUpdateOfficer(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, body }: UpdateOfficer): Promise<VersionedOfficer> => {
      const { data, response } = await unwrap(
        api.PUT('/api/v1/townships/{township}/officers/{id}', {
          params: { path: { township, id }, header: { 'If-Match': etag } },
          body,
        }),
      );
      return { officer: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(officerKeys.detail(township, saved.officer.id), saved);
      return queryClient.invalidateQueries({ queryKey: officerKeys.lists(township) });
    },
  });
}
