import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { VersionedDocument } from './get-document';
import { documentKeys } from './query-keys';

/** The actions on a document, each with the If-Match of the version read (SYS-02). */
export type DocumentAction = { id: string; etag: string } & (
  | { action: 'submit-for-review'; materials: string[]; reviewer?: string }
  | {
      action: 'issue';
      number: string;
      issuedOn: string;
      effectiveOn: string;
      validUntil?: string;
    }
  | { action: 'amend'; amendedBy?: string; note?: string }
  | { action: 'repeal'; repealedOn: string; reason: string }
  | { action: 're-evaluate'; evaluatedOn: string; validUntil?: string; conclusion: string }
  | { action: 'expire' }
);

export function useDocumentAction(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: DocumentAction): Promise<VersionedDocument> => {
      const params = {
        path: { township, id: change.id },
        header: { 'If-Match': change.etag },
      };
      const call = (() => {
        switch (change.action) {
          case 'submit-for-review':
            return api.POST(
              '/api/v1/townships/{township}/normative-documents/{id}/actions/submit-for-review',
              {
                params,
                body: { materials: change.materials, reviewer: change.reviewer ?? null },
              },
            );
          case 'issue':
            return api.POST('/api/v1/townships/{township}/normative-documents/{id}/actions/issue', {
              params,
              body: {
                number: change.number,
                issuedOn: change.issuedOn,
                effectiveOn: change.effectiveOn,
                validUntil: change.validUntil ?? null,
              },
            });
          case 'amend':
            return api.POST('/api/v1/townships/{township}/normative-documents/{id}/actions/amend', {
              params,
              body: { amendedBy: change.amendedBy ?? null, note: change.note ?? null },
            });
          case 'repeal':
            return api.POST(
              '/api/v1/townships/{township}/normative-documents/{id}/actions/repeal',
              {
                params,
                body: { repealedOn: change.repealedOn, reason: change.reason },
              },
            );
          case 're-evaluate':
            return api.POST(
              '/api/v1/townships/{township}/normative-documents/{id}/actions/re-evaluate',
              {
                params,
                body: {
                  evaluatedOn: change.evaluatedOn,
                  validUntil: change.validUntil ?? null,
                  conclusion: change.conclusion,
                },
              },
            );
          case 'expire':
            return api.POST(
              '/api/v1/townships/{township}/normative-documents/{id}/actions/expire',
              {
                params,
              },
            );
        }
      })();
      const { data, response } = await unwrap(call);
      return { document: data, etag: etagOf(response, data.version) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(documentKeys.detail(township, saved.document.id), saved);
      return queryClient.invalidateQueries({ queryKey: documentKeys.lists(township) });
    },
  });
}
