import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { CleanUp, CleanUpStatus, CleanUpVerdict } from '../types';

import { documentKeys } from './query-keys';

export type CleanUpListParams = {
  page: number;
  size: number;
  sort?: string;
  year?: number;
  status?: CleanUpStatus;
};

export type VersionedCleanUp = { cleanUp: CleanUp; etag: string };

/** The township's clean-up campaigns (集中清理). */
export function useCleanUps(township: string, params: CleanUpListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: documentKeys.cleanUpList(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/normative-documents/clean-ups', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

export function useCleanUp(township: string, id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: documentKeys.cleanUp(township, id),
    staleTime: 0,
    queryFn: async ({ signal }): Promise<VersionedCleanUp> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/normative-documents/clean-ups/{id}', {
          params: { path: { township, id } },
          signal,
        }),
      );
      return { cleanUp: data, etag: etagOf(response, data.version) };
    },
  });
}

/** POST: open a campaign, once per Idempotency-Key (SYS-03). */
export function useOpenCleanUp(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      name,
      heldOn,
      idempotencyKey,
    }: {
      name: string;
      heldOn: string;
      idempotencyKey: string;
    }): Promise<VersionedCleanUp> => {
      const { data, response } = await unwrap(
        api.POST('/api/v1/townships/{township}/normative-documents/clean-ups', {
          params: { path: { township }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { name, heldOn },
        }),
      );
      return { cleanUp: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(documentKeys.cleanUp(township, saved.cleanUp.id), saved);
      return queryClient.invalidateQueries({ queryKey: documentKeys.cleanUps(township) });
    },
  });
}

export type CleanUpAction = { id: string; etag: string } & (
  | { action: 'decide'; documentId: string; verdict: CleanUpVerdict; reason: string }
  | { action: 'close'; closedOn: string }
);

/** Decide on a document, or close the campaign (repealing what it decided to repeal). */
export function useCleanUpAction(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: CleanUpAction): Promise<VersionedCleanUp> => {
      const params = { path: { township, id: change.id }, header: { 'If-Match': change.etag } };
      const { data, response } = await unwrap(
        change.action === 'decide'
          ? api.POST('/api/v1/townships/{township}/normative-documents/clean-ups/{id}/decisions', {
              params,
              body: {
                documentId: change.documentId,
                verdict: change.verdict,
                reason: change.reason,
              },
            })
          : api.POST(
              '/api/v1/townships/{township}/normative-documents/clean-ups/{id}/actions/close',
              {
                params,
                body: { closedOn: change.closedOn },
              },
            ),
      );
      return { cleanUp: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved, change) => {
      queryClient.setQueryData(documentKeys.cleanUp(township, saved.cleanUp.id), saved);
      void queryClient.invalidateQueries({ queryKey: documentKeys.cleanUps(township) });
      if (change.action === 'close') {
        // closing repeals documents: the register changed too
        void queryClient.invalidateQueries({ queryKey: documentKeys.lists(township) });
      }
    },
  });
}
