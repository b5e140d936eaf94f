import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { officerKeys } from '@/lib/api/officers';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { Officer, OfficerRequest } from '../types';

import type { VersionedOfficer } from './get-officer';

export type RegisterOfficer = { body: OfficerRequest; idempotencyKey: string };

/** POST: register an officer; a retry with the same Idempotency-Key is done once (SYS-03). */
export function useRegisterOfficer(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: RegisterOfficer): Promise<VersionedOfficer> => {
      const { data, response } = await unwrap<unknown>(
        api.POST('/api/v1/townships/{township}/officers', {
          params: { path: { township }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      );
      if (isOfficer(data)) return { officer: data, etag: etagOf(response, data.version) };
      // the spec documents 201 by its Location only: read the new record from there
      const id = response.headers.get('Location')?.split('/').pop();
      if (!id) throw new Error('201 without a body or Location');
      const created = await unwrap(
        api.GET('/api/v1/townships/{township}/officers/{id}', {
          params: { path: { township, id: decodeURIComponent(id) } },
        }),
      );
      return { officer: created.data, etag: etagOf(created.response, created.data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(officerKeys.detail(township, saved.officer.id), saved);
      return queryClient.invalidateQueries({ queryKey: officerKeys.lists(township) });
    },
  });
}

function isOfficer(data: unknown): data is Officer {
  return typeof data === 'object' && data !== null && 'id' in data && 'version' in data;
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
