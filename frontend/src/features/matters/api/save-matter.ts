import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { EnforcementMatterRequest } from '../types';

import type { VersionedMatter } from './get-matter';
import { matterKeys } from './query-keys';

export type MatterChange =
  | { kind: 'define'; body: EnforcementMatterRequest; idempotencyKey: string }
  | { kind: 'revise'; id: string; etag: string; body: EnforcementMatterRequest }
  | { kind: 'publish' | 'withdraw'; id: string; etag: string };

/**
 * Define (POST with Idempotency-Key, SYS-03), revise (PUT with If-Match, SYS-02), publish and withdraw
 * (leader, If-Match) an enforcement matter.
 */
export function useMatterChange(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: MatterChange): Promise<VersionedMatter> => {
      const call = (() => {
        switch (change.kind) {
          case 'define':
            return api.POST('/api/v1/townships/{township}/enforcement-matters', {
              params: { path: { township }, header: { 'Idempotency-Key': change.idempotencyKey } },
              body: change.body,
            });
          case 'revise':
            return api.PUT('/api/v1/townships/{township}/enforcement-matters/{id}', {
              params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
              body: change.body,
            });
          case 'publish':
            return api.POST(
              '/api/v1/townships/{township}/enforcement-matters/{id}/actions/publish',
              {
                params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
              },
            );
          case 'withdraw':
            return api.POST(
              '/api/v1/townships/{township}/enforcement-matters/{id}/actions/withdraw',
              {
                params: { path: { township, id: change.id }, header: { 'If-Match': change.etag } },
              },
            );
        }
      })();
      const { data, response } = await unwrap(call);
      return { matter: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(matterKeys.detail(township, saved.matter.id), saved);
      return queryClient.invalidateQueries({ queryKey: matterKeys.lists(township) });
    },
  });
}
