import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type NormativeDocument = components['schemas']['NormativeDocumentView'];
export type NormativeDocumentPage = components['schemas']['NormativeDocumentPage'];
export type DocumentStatus = components['schemas']['DocumentStatus'];
export type DocumentRequest = components['schemas']['NormativeDocumentRequest'];
export type CleanUp = components['schemas']['CleanUpView'];
export type CleanUpPage = components['schemas']['CleanUpPage'];
export type CleanUpDecision = components['schemas']['CleanUpDecisionView'];
export type CleanUpVerdict = components['schemas']['CleanUpVerdict'];
export type CleanUpStatus = components['schemas']['CleanUpStatus'];
export type DocumentReviewState = components['schemas']['ReviewStateView'];
export type ReviewOutcome = components['schemas']['ReviewOutcome'];

export const documentStatuses: readonly DocumentStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'EFFECTIVE',
  'AMENDED',
  'REPEALED',
  'EXPIRED',
];

export const verdicts: readonly CleanUpVerdict[] = ['KEEP', 'AMEND', 'REPEAL'];
export const cleanUpStatuses: readonly CleanUpStatus[] = ['OPEN', 'CLOSED'];

export const sortableFields = [
  'title',
  'number',
  'issuedOn',
  'effectiveOn',
  'validUntil',
  'createdAt',
] as const;
export type SortableField = (typeof sortableFields)[number];
