import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type Review = components['schemas']['LegalityReviewView'];
export type ReviewPage = components['schemas']['LegalityReviewPage'];
export type ReviewRound = components['schemas']['ReviewRoundView'];
export type ReviewOutcome = components['schemas']['ReviewOutcome'];
export type SubjectType = components['schemas']['SubjectType'];
export type ReviewStatistics = components['schemas']['ReviewStatisticsView'];

export const subjectTypes: readonly SubjectType[] = [
  'NORMATIVE_DOCUMENT',
  'MAJOR_DECISION',
  'CONTRACT',
  'ENFORCEMENT_DECISION',
  'OTHER',
];

/** The outcomes a review can stand at (NONE is the gate's answer for a subject never submitted). */
export const outcomes: readonly Exclude<ReviewOutcome, 'NONE'>[] = [
  'PENDING',
  'APPROVED',
  'APPROVED_WITH_CHANGES',
  'REJECTED',
];

export const sortableFields = ['dueOn', 'submittedOn', 'createdAt'] as const;
export type SortableField = (typeof sortableFields)[number];

/** The opinions a reviewer gives, as the API's action verbs. */
export const opinions = ['approve', 'approve-with-changes', 'reject'] as const;
export type Opinion = (typeof opinions)[number];
