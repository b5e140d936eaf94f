import { useMutation, useQueryClient } from '@tanstack/react-query';

import { attachmentKeys } from '@/components/attachments/api';
import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { ActionBodies, ContractRequest, ContractVerb } from '../types';

import type { VersionedContract } from './get-contract';
import { contractKeys } from './query-keys';

const base = '/api/v1/townships/{township}/contracts' as const;

/** POST registers (登记) with an Idempotency-Key (SYS-03); PUT edits with If-Match (SYS-02). */
export type ContractSave =
  | { kind: 'register'; body: ContractRequest; idempotencyKey: string }
  | { kind: 'edit'; id: string; etag: string; body: ContractRequest };

export function useSaveContract(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: ContractSave): Promise<VersionedContract> => {
      const call =
        save.kind === 'register'
          ? api.POST(base, {
              params: { path: { township }, header: { 'Idempotency-Key': save.idempotencyKey } },
              body: save.body,
            })
          : api.PUT(`${base}/{id}`, {
              params: { path: { township, id: save.id }, header: { 'If-Match': save.etag } },
              body: save.body,
            });
      const { data, response } = await unwrap(call);
      return { contract: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(contractKeys.detail(township, saved.contract.id), saved);
      return queryClient.invalidateQueries({ queryKey: contractKeys.lists(township) });
    },
  });
}

/**
 * One change of a contract after its registration, with If-Match; `number` is the milestone's or the
 * amendment's for their own actions. Every one answers the contract with its new ETag.
 */
export type ContractAction = {
  [V in ContractVerb]: {
    verb: V;
    id: string;
    etag: string;
    number?: number;
    body: ActionBodies[V];
  };
}[ContractVerb];

export function useContractAction(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: ContractAction): Promise<VersionedContract> => {
      const header = { 'If-Match': action.etag };
      const params = { path: { township, id: action.id }, header };
      const numbered = { path: { township, id: action.id, number: String(action.number) }, header };
      const call = (() => {
        switch (action.verb) {
          case 'submit-for-review':
            return api.POST(`${base}/{id}/actions/submit-for-review`, {
              params,
              body: action.body,
            });
          case 'approve':
            return api.POST(`${base}/{id}/actions/approve`, { params, body: action.body });
          case 'sign':
            return api.POST(`${base}/{id}/actions/sign`, { params, body: action.body });
          case 'complete':
            return api.POST(`${base}/{id}/actions/complete`, { params, body: action.body });
          case 'terminate':
            return api.POST(`${base}/{id}/actions/terminate`, { params, body: action.body });
          case 'archive':
            return api.POST(`${base}/{id}/actions/archive`, { params, body: action.body });
          case 'add-milestone':
            return api.POST(`${base}/{id}/milestones`, { params, body: action.body });
          case 'record-payment':
            return api.POST(`${base}/{id}/payments`, { params, body: action.body });
          case 'propose-amendment':
            return api.POST(`${base}/{id}/amendments`, { params, body: action.body });
          case 'complete-milestone':
            return api.POST(`${base}/{id}/milestones/{number}/actions/complete`, {
              params: numbered,
              body: action.body,
            });
          case 'waive-milestone':
            return api.POST(`${base}/{id}/milestones/{number}/actions/waive`, {
              params: numbered,
              body: action.body,
            });
          case 'submit-amendment':
            return api.POST(`${base}/{id}/amendments/{number}/actions/submit-for-review`, {
              params: numbered,
              body: action.body,
            });
          case 'approve-amendment':
            return api.POST(`${base}/{id}/amendments/{number}/actions/approve`, {
              params: numbered,
              body: action.body,
            });
          case 'sign-amendment':
            return api.POST(`${base}/{id}/amendments/{number}/actions/sign`, {
              params: numbered,
              body: action.body,
            });
        }
      })();
      const { data, response } = await unwrap(call);
      return { contract: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(contractKeys.detail(township, saved.contract.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: contractKeys.lists(township) }),
        // the radar lists contracts' ends and milestones (CON-03)
        queryClient.invalidateQueries({ queryKey: ['deadlines', township] }),
        // a signed text or an evidence stays while the contract points to it: removable flags change
        queryClient.invalidateQueries({
          queryKey: attachmentKeys.of(township, 'contract', saved.contract.id),
        }),
      ]);
    },
  });
}
