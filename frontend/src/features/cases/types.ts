import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

// Aliases of the generated contract types, for readability only.
export type EnforcementField = Schemas['EnforcementField'];
export type CaseProcedure = Schemas['Procedure'];
export type CaseStatus = Schemas['CaseStatus'];
export type PartyKind = Schemas['PartyKind'];
export type OutcomeKind = Schemas['OutcomeKind'];
export type DeadlineKind = Schemas['DeadlineKind'];
export type CaseStep = Schemas['CaseStep'];
export type StepState = Schemas['StepState'];
export type ReviewOutcome = Schemas['ReviewOutcome'];
export type EnforcementCaseView = Schemas['EnforcementCaseView'];
export type EnforcementCaseSummary = Schemas['EnforcementCaseSummaryView'];
export type EnforcementCasePage = Schemas['EnforcementCasePage'];
export type EnforcementCaseRequest = Schemas['EnforcementCaseRequest'];
export type CasePartyView = Schemas['CasePartyView'];
export type CaseOutcomeView = Schemas['CaseOutcomeView'];
export type CaseOutcomeRequest = Schemas['CaseOutcomeRequest'];
export type CaseDeadlineView = Schemas['CaseDeadlineView'];
export type CaseChecklistItemView = Schemas['CaseChecklistItemView'];
export type EarlierViolationView = Schemas['EarlierViolationView'];

/** The verbs of POST .../actions/{verb}; `allowedActions` also names `edit` (the PUT). */
export type CaseVerb =
  | 'investigate'
  | 'notify'
  | 'waive-hearing'
  | 'request-hearing'
  | 'hold-hearing'
  | 'request-legal-review'
  | 'approve-extension'
  | 'decide'
  | 'deliver'
  | 'execute'
  | 'record-process'
  | 'close'
  | 'publish'
  | 'revoke';

/** The bodies of the actions, by verb. */
export type ActionBodies = {
  investigate: Schemas['CaseInvestigateRequest'];
  notify: Schemas['CaseNotifyRequest'];
  'waive-hearing': Schemas['CaseWaiveHearingRequest'];
  'request-hearing': Schemas['CaseRequestHearingRequest'];
  'hold-hearing': Schemas['CaseHoldHearingRequest'];
  'request-legal-review': Schemas['CaseLegalReviewRequest'];
  'approve-extension': Schemas['CaseExtensionRequest'];
  decide: Schemas['CaseDecideRequest'];
  deliver: Schemas['CaseDeliverRequest'];
  execute: Schemas['CaseExecuteRequest'];
  'record-process': Schemas['CaseProcessRecordRequest'];
  close: Schemas['CaseCloseRequest'];
  publish: Schemas['CasePublishRequest'];
  revoke: Schemas['CaseRevokeRequest'];
};

export const enforcementFields: readonly EnforcementField[] = [
  'ROAD_TRAFFIC_SAFETY',
  'WATER_TRAFFIC_SAFETY',
  'FIRE_SAFETY',
  'NON_COAL_MINE_SAFETY',
  'AGRICULTURE',
  'FORESTRY',
  'LIVESTOCK_AQUATIC',
  'OTHER',
];
export const procedures: readonly CaseProcedure[] = ['SIMPLE', 'ORDINARY'];
export const caseStatuses: readonly CaseStatus[] = [
  'FILED',
  'INVESTIGATING',
  'NOTIFIED',
  'HEARING_REQUESTED',
  'HEARING_HELD',
  'DECIDED',
  'DELIVERED',
  'EXECUTED',
  'CLOSED',
  'REVOKED',
];
export const outcomeKinds: readonly OutcomeKind[] = [
  'NO_PENALTY_FIRST_VIOLATION',
  'NO_PENALTY_MINOR',
  'WARNING',
  'FINE',
  'OTHER',
];
export const caseSteps: readonly CaseStep[] = [
  'FILE',
  'INVESTIGATE',
  'NOTIFY',
  'HEARING',
  'LEGAL_REVIEW',
  'DECIDE',
  'DELIVER',
  'EXECUTE',
  'CLOSE',
];
/** The verbs in the order their buttons show; the API's `allowedActions` picks which. */
export const caseVerbs: readonly CaseVerb[] = [
  'investigate',
  'notify',
  'waive-hearing',
  'request-hearing',
  'hold-hearing',
  'request-legal-review',
  'approve-extension',
  'decide',
  'deliver',
  'execute',
  'record-process',
  'close',
  'publish',
  'revoke',
];

export const sortableFields = ['filedOn', 'caseNumber', 'decisionDueOn', 'violationDate'] as const;
export type SortableField = (typeof sortableFields)[number];
