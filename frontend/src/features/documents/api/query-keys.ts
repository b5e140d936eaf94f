import type { CleanUpListParams } from './clean-ups';
import type { DocumentListParams } from './get-documents';

export const documentKeys = {
  all: (township: string) => ['normative-documents', township] as const,
  lists: (township: string) => ['normative-documents', township, 'list'] as const,
  list: (township: string, params: DocumentListParams) =>
    ['normative-documents', township, 'list', params] as const,
  detail: (township: string, id: string) =>
    ['normative-documents', township, 'detail', id] as const,
  cleanUps: (township: string) => ['normative-documents', township, 'clean-ups'] as const,
  cleanUpList: (township: string, params: CleanUpListParams) =>
    ['normative-documents', township, 'clean-ups', 'list', params] as const,
  cleanUp: (township: string, id: string) =>
    ['normative-documents', township, 'clean-ups', 'detail', id] as const,
};
