import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { VersionedReview } from './get-review';
import { reviewKeys } from './query-keys';

/** The actions on a review, each with the If-Match of the version read (SYS-02). */
export type ReviewAction = { id: string; etag: string } & (
  | { action: 'assign'; reviewer: string }
  | { action: 'approve'; earlyReason?: string }
  | { action: 'approve-with-changes'; requiredChanges: string[]; earlyReason?: string }
  | { action: 'reject'; reasons: string[]; earlyReason?: string }
  | { action: 'resubmit'; materials: string[] }
);

export function useReviewAction(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: ReviewAction): Promise<VersionedReview> => {
      const path = { township, id: change.id };
      const header = { 'If-Match': change.etag };
      const params = { path, header };
      const call = (() => {
        switch (change.action) {
          case 'assign':
            return api.POST('/api/v1/townships/{township}/legality-reviews/{id}/actions/assign', {
              params,
              body: { reviewer: change.reviewer },
            });
          case 'approve':
            return api.POST('/api/v1/townships/{township}/legality-reviews/{id}/actions/approve', {
              params,
              body: { earlyReason: change.earlyReason ?? null },
            });
          case 'approve-with-changes':
            return api.POST(
              '/api/v1/townships/{township}/legality-reviews/{id}/actions/approve-with-changes',
              {
                params,
                body: {
                  requiredChanges: change.requiredChanges,
                  earlyReason: change.earlyReason ?? null,
                },
              },
            );
          case 'reject':
            return api.POST('/api/v1/townships/{township}/legality-reviews/{id}/actions/reject', {
              params,
              body: { reasons: change.reasons, earlyReason: change.earlyReason ?? null },
            });
          case 'resubmit':
            return api.POST('/api/v1/townships/{township}/legality-reviews/{id}/actions/resubmit', {
              params,
              body: { materials: change.materials },
            });
        }
      })();
      const { data, response } = await unwrap(call);
      return { review: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(reviewKeys.detail(township, saved.review.id), saved);
      return queryClient.invalidateQueries({ queryKey: reviewKeys.lists(township) });
    },
  });
}
