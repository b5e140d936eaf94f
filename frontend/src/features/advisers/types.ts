import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type LegalAdviser = components['schemas']['LegalAdviserView'];
export type LegalAdviserPage = components['schemas']['LegalAdviserPage'];
export type LegalAdviserRequest = components['schemas']['LegalAdviserRequest'];
export type EngagementStatus = components['schemas']['EngagementStatus'];
export type Consultation = components['schemas']['ConsultationView'];
export type ConsultationPage = components['schemas']['ConsultationPage'];
export type ConsultationRequest = components['schemas']['ConsultationRequest'];
export type LinkedRecordType = components['schemas']['LinkedRecordType'];

export const linkedRecordTypes: readonly LinkedRecordType[] = [
  'NORMATIVE_DOCUMENT',
  'MAJOR_DECISION',
  'LEGALITY_REVIEW',
  'CONTRACT',
  'ENFORCEMENT_CASE',
  'DISPUTE',
  'OTHER',
];
