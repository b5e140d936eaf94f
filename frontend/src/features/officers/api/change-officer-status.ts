import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { officerKeys } from '@/lib/api/officers';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { VersionedOfficer } from './get-officer';

export type StatusChange =
  | { action: 'suspend'; id: string; etag: string; reason: string }
  | { action: 'reinstate'; id: string; etag: string };

/** The suspend and reinstate actions (leader only), each with If-Match. */
export function useChangeOfficerStatus(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: StatusChange): Promise<VersionedOfficer> => {
      const path = { township, id: change.id };
      const header = { 'If-Match': change.etag };
      const { data, response } = await unwrap(
        change.action === 'suspend'
          ? api.POST('/api/v1/townships/{township}/officers/{id}/actions/suspend', {
              params: { path, header },
              body: { reason: change.reason },
            })
          : api.POST('/api/v1/townships/{township}/officers/{id}/actions/reinstate', {
              params: { path, header },
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
