import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type {
  CollectiveDiscussionRequest,
  ExpertArgumentRequest,
  MajorDecisionRequest,
  PublicParticipationRequest,
  RiskAssessmentRequest,
} from '../types';

import type { VersionedDecision } from './get-decision';
import { decisionKeys } from './query-keys';

/** POST: propose a decision; a retry with the same Idempotency-Key is done once (SYS-03). */
export function useProposeDecision(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      idempotencyKey,
    }: {
      body: MajorDecisionRequest;
      idempotencyKey: string;
    }): Promise<VersionedDecision> => {
      const { data, response } = await unwrap(
        api.POST('/api/v1/townships/{township}/major-decisions', {
          params: { path: { township }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      );
      return { decision: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(decisionKeys.detail(township, saved.decision.id), saved);
      return queryClient.invalidateQueries({ queryKey: decisionKeys.lists(township) });
    },
  });
}

/** Every change of a decision after it was proposed, each with If-Match (SYS-02). */
export type DecisionChange = { id: string; etag: string } & (
  | { kind: 'revise'; body: MajorDecisionRequest }
  | { kind: 'public-participation'; body: PublicParticipationRequest }
  | { kind: 'expert-argument'; body: ExpertArgumentRequest }
  | { kind: 'risk-assessment'; body: RiskAssessmentRequest }
  | { kind: 'collective-discussion'; body: CollectiveDiscussionRequest }
  | { kind: 'submit-for-review'; materials: string[]; reviewer?: string }
  | { kind: 'adopt'; adoptedOn: string }
  | { kind: 'publish'; publishedOn: string }
);

export function useChangeDecision(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: DecisionChange): Promise<VersionedDecision> => {
      const params = { path: { township, id: change.id }, header: { 'If-Match': change.etag } };
      const base = '/api/v1/townships/{township}/major-decisions/{id}' as const;
      const call = (() => {
        switch (change.kind) {
          case 'revise':
            return api.PUT(base, { params, body: change.body });
          case 'public-participation':
            return api.PUT(`${base}/steps/public-participation`, { params, body: change.body });
          case 'expert-argument':
            return api.PUT(`${base}/steps/expert-argument`, { params, body: change.body });
          case 'risk-assessment':
            return api.PUT(`${base}/steps/risk-assessment`, { params, body: change.body });
          case 'collective-discussion':
            return api.PUT(`${base}/steps/collective-discussion`, { params, body: change.body });
          case 'submit-for-review':
            return api.POST(`${base}/actions/submit-for-review`, {
              params,
              body: { materials: change.materials, reviewer: change.reviewer ?? null },
            });
          case 'adopt':
            return api.POST(`${base}/actions/adopt`, {
              params,
              body: { adoptedOn: change.adoptedOn },
            });
          case 'publish':
            return api.POST(`${base}/actions/publish`, {
              params,
              body: { publishedOn: change.publishedOn },
            });
        }
      })();
      const { data, response } = await unwrap(call);
      return { decision: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(decisionKeys.detail(township, saved.decision.id), saved);
      return queryClient.invalidateQueries({ queryKey: decisionKeys.lists(township) });
    },
  });
}
