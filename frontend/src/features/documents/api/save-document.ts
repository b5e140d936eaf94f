import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { DocumentRequest } from '../types';

import type { VersionedDocument } from './get-document';
import { documentKeys } from './query-keys';

/** POST: register a draft; a retry with the same Idempotency-Key is done once (SYS-03). */
export function useCreateDocument(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      idempotencyKey,
    }: {
      body: DocumentRequest;
      idempotencyKey: string;
    }): Promise<VersionedDocument> => {
      const { data, response } = await unwrap(
        api.POST('/api/v1/townships/{township}/normative-documents', {
          params: { path: { township }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      );
      return { document: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(documentKeys.detail(township, saved.document.id), saved);
      return queryClient.invalidateQueries({ queryKey: documentKeys.lists(township) });
    },
  });
}

/** PUT with If-Match: title, issuer and the provisional flag, until the document is issued. */
export function useUpdateDocument(township: string) {
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
      body: DocumentRequest;
    }): Promise<VersionedDocument> => {
      const { data, response } = await unwrap(
        api.PUT('/api/v1/townships/{township}/normative-documents/{id}', {
          params: { path: { township, id }, header: { 'If-Match': etag } },
          body,
        }),
      );
      return { document: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(documentKeys.detail(township, saved.document.id), saved);
      return queryClient.invalidateQueries({ queryKey: documentKeys.lists(township) });
    },
  });
}
