import { useMutation, useQueryClient } from '@tanstack/react-query';

import { attachmentKeys } from '@/components/attachments/api';
import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { ActionBodies, CaseVerb, EnforcementCaseRequest } from '../types';

import type { VersionedCase } from './get-case';
import { caseKeys } from './query-keys';

const base = '/api/v1/townships/{township}/enforcement-cases' as const;

/** POST: file a case (立案); a retry with the same Idempotency-Key is done once (SYS-03). */
export function useFileCase(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      idempotencyKey,
    }: {
      body: EnforcementCaseRequest;
      idempotencyKey: string;
    }): Promise<VersionedCase> => {
      const { data, response } = await unwrap(
        api.POST(base, {
          params: { path: { township }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      );
      return { record: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(caseKeys.detail(township, saved.record.id), saved);
      return queryClient.invalidateQueries({ queryKey: caseKeys.lists(township) });
    },
  });
}

/** PUT: edit the party, facts, place, officers and flags while FILED or INVESTIGATING (If-Match). */
export function useEditCase(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      etag,
      body,
    }: {
      id: string;
      etag: string;
      body: EnforcementCaseRequest;
    }): Promise<VersionedCase> => {
      const { data, response } = await unwrap(
        api.PUT(`${base}/{id}`, {
          params: { path: { township, id }, header: { 'If-Match': etag } },
          body,
        }),
      );
      return { record: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(caseKeys.detail(township, saved.record.id), saved);
      return queryClient.invalidateQueries({ queryKey: caseKeys.lists(township) });
    },
  });
}

/** One action on a case: POST .../{id}/actions/{verb} with If-Match; answers the case. */
export type CaseAction = {
  [V in CaseVerb]: { verb: V; id: string; etag: string; body: ActionBodies[V] };
}[CaseVerb];

export function useCaseAction(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: CaseAction): Promise<VersionedCase> => {
      const params = { path: { township, id: action.id }, header: { 'If-Match': action.etag } };
      const path = `${base}/{id}/actions` as const;
      const call = (() => {
        switch (action.verb) {
          case 'investigate':
            return api.POST(`${path}/investigate`, { params, body: action.body });
          case 'notify':
            return api.POST(`${path}/notify`, { params, body: action.body });
          case 'waive-hearing':
            return api.POST(`${path}/waive-hearing`, { params, body: action.body });
          case 'request-hearing':
            return api.POST(`${path}/request-hearing`, { params, body: action.body });
          case 'hold-hearing':
            return api.POST(`${path}/hold-hearing`, { params, body: action.body });
          case 'request-legal-review':
            return api.POST(`${path}/request-legal-review`, { params, body: action.body });
          case 'approve-extension':
            return api.POST(`${path}/approve-extension`, { params, body: action.body });
          case 'decide':
            return api.POST(`${path}/decide`, { params, body: action.body });
          case 'deliver':
            return api.POST(`${path}/deliver`, { params, body: action.body });
          case 'execute':
            return api.POST(`${path}/execute`, { params, body: action.body });
          case 'record-process':
            return api.POST(`${path}/record-process`, { params, body: action.body });
          case 'close':
            return api.POST(`${path}/close`, { params, body: action.body });
          case 'publish':
            return api.POST(`${path}/publish`, { params, body: action.body });
          case 'revoke':
            return api.POST(`${path}/revoke`, { params, body: action.body });
        }
      })();
      const { data, response } = await unwrap(call);
      return { record: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(caseKeys.detail(township, saved.record.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.lists(township) }),
        queryClient.invalidateQueries({ queryKey: ['deadlines', township] }),
        // the full-process record keeps the files it points to (ENF-09): their removable flags change
        queryClient.invalidateQueries({
          queryKey: attachmentKeys.of(township, 'enforcement-case', saved.record.id),
        }),
      ]);
    },
  });
}
