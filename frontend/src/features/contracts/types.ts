import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

// Aliases of the generated contract types, for readability only.
export type ContractView = Schemas['ContractView'];
export type ContractSummary = Schemas['ContractSummaryView'];
export type ContractPage = Schemas['ContractPage'];
export type ContractRequest = Schemas['ContractRequest'];
export type ContractStatus = Schemas['ContractStatus'];
export type ContractType = Schemas['ContractType'];
export type CounterpartyKind = Schemas['CounterpartyKind'];
export type CounterpartyRequest = Schemas['ContractCounterpartyRequest'];
export type CounterpartyView = Schemas['ContractCounterpartyView'];
export type ProcurementMethod = Schemas['ProcurementMethod'];
export type MajorReason = Schemas['MajorReason'];
export type MilestoneKind = Schemas['MilestoneKind'];
export type MilestoneStatus = Schemas['MilestoneStatus'];
export type AmendmentStatus = Schemas['AmendmentStatus'];
export type ReviewOutcome = Schemas['ReviewOutcome'];
export type ContractReview = Schemas['ContractReviewView'];
export type ContractMilestone = Schemas['ContractMilestoneView'];
export type ContractPayment = Schemas['ContractPaymentView'];
export type ContractAmendment = Schemas['ContractAmendmentView'];
export type ContractVersion = Schemas['ContractVersionView'];

/**
 * The verbs of the contract page's dialogs. The contract's own are the API's `allowedActions` (POST
 * .../actions/{verb}, .../milestones, .../payments, .../amendments); a milestone's `complete` and `waive` and an
 * amendment's `submit-for-review`, `approve` and `sign` (in their own `allowedActions`) get a prefix here.
 */
export type ContractVerb =
  | 'submit-for-review'
  | 'approve'
  | 'sign'
  | 'complete'
  | 'terminate'
  | 'archive'
  | 'add-milestone'
  | 'record-payment'
  | 'propose-amendment'
  | 'complete-milestone'
  | 'waive-milestone'
  | 'submit-amendment'
  | 'approve-amendment'
  | 'sign-amendment';

/** The request bodies, by verb. */
export type ActionBodies = {
  'submit-for-review': Schemas['ContractSubmissionRequest'];
  approve: Schemas['ContractApprovalRequest'];
  sign: Schemas['ContractSigningRequest'];
  complete: Schemas['ContractCompletionRequest'];
  terminate: Schemas['ContractTerminationRequest'];
  archive: Schemas['ContractArchiveRequest'];
  'add-milestone': Schemas['ContractMilestoneRequest'];
  'record-payment': Schemas['ContractPaymentRequest'];
  'propose-amendment': Schemas['ContractAmendmentRequest'];
  'complete-milestone': Schemas['ContractMilestoneCompletionRequest'];
  'waive-milestone': Schemas['ContractMilestoneWaiverRequest'];
  'submit-amendment': Schemas['ContractSubmissionRequest'];
  'approve-amendment': Schemas['ContractApprovalRequest'];
  'sign-amendment': Schemas['ContractSigningRequest'];
};

/** The contract's verbs in the order of its lifecycle, as the page's buttons show them. */
export const contractVerbs = [
  'submit-for-review',
  'approve',
  'sign',
  'add-milestone',
  'record-payment',
  'propose-amendment',
  'complete',
  'terminate',
  'archive',
] as const satisfies readonly ContractVerb[];

/** A milestone's verbs (its `allowedActions`) and the dialog each opens. */
export const milestoneVerbs = {
  complete: 'complete-milestone',
  waive: 'waive-milestone',
} as const satisfies Record<string, ContractVerb>;

/** An amendment's verbs (its `allowedActions`) and the dialog each opens. */
export const amendmentVerbs = {
  'submit-for-review': 'submit-amendment',
  approve: 'approve-amendment',
  sign: 'sign-amendment',
} as const satisfies Record<string, ContractVerb>;

export const contractStatuses: readonly ContractStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'APPROVED',
  'PERFORMING',
  'COMPLETED',
  'TERMINATED',
  'ARCHIVED',
];
export const contractTypes: readonly ContractType[] = [
  'GOODS',
  'SERVICES',
  'WORKS',
  'LEASE',
  'LAND',
  'CONCESSION',
  'PPP',
  'LOAN',
  'GUARANTEE',
  'COOPERATION',
  'OTHER',
];
export const procurementMethods: readonly ProcurementMethod[] = [
  'TENDER',
  'COMPETITIVE_NEGOTIATION',
  'INQUIRY',
  'SINGLE_SOURCE',
  'OTHER',
];
export const milestoneKinds: readonly MilestoneKind[] = ['DELIVERABLE', 'ACCEPTANCE', 'PAYMENT'];

export const sortableFields = ['number', 'endOn', 'amount'] as const;
export type SortableField = (typeof sortableFields)[number];
