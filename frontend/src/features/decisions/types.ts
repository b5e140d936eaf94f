import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type MajorDecision = components['schemas']['MajorDecisionView'];
export type MajorDecisionPage = components['schemas']['MajorDecisionPage'];
export type MajorDecisionRequest = components['schemas']['MajorDecisionRequest'];
export type DecisionStatus = components['schemas']['DecisionStatus'];
export type ProcedureStep = components['schemas']['ProcedureStep'];
export type RiskLevel = components['schemas']['RiskLevel'];
export type ReviewOutcome = components['schemas']['ReviewOutcome'];
export type PublicParticipationRequest = components['schemas']['PublicParticipationRequest'];
export type ExpertArgumentRequest = components['schemas']['ExpertArgumentRequest'];
export type RiskAssessmentRequest = components['schemas']['RiskAssessmentRequest'];
export type CollectiveDiscussionRequest = components['schemas']['CollectiveDiscussionRequest'];

export const decisionStatuses: readonly DecisionStatus[] = ['IN_PROCEDURE', 'ADOPTED', 'PUBLISHED'];
export const riskLevels: readonly RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];

/** The steps of LR-02, in their order. */
export const procedureSteps: readonly ProcedureStep[] = [
  'PUBLIC_PARTICIPATION',
  'EXPERT_ARGUMENT',
  'RISK_ASSESSMENT',
  'LEGALITY_REVIEW',
  'COLLECTIVE_DISCUSSION',
];

export const sortableFields = ['catalogueNumber', 'title', 'adoptedOn', 'createdAt'] as const;
export type SortableField = (typeof sortableFields)[number];
