import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type Officer = components['schemas']['OfficerView'];
export type OfficerPage = components['schemas']['OfficerPage'];
export type OfficerRequest = components['schemas']['OfficerRequest'];
export type Department = components['schemas']['Department'];
export type OfficerStatus = components['schemas']['OfficerStatus'];

export const departments: readonly Department[] = [
  'EMERGENCY',
  'AGRICULTURE',
  'FORESTRY',
  'LIVESTOCK_AQUATIC',
  'COMPREHENSIVE',
  'OTHER',
];

export const statuses: readonly OfficerStatus[] = ['ACTIVE', 'SUSPENDED'];

export const sortableFields = [
  'name',
  'department',
  'status',
  'certificateExpiresOn',
  'createdAt',
] as const;
export type SortableField = (typeof sortableFields)[number];

// The certificate exam (aliases of the generated contract types).
export type ExamStatus = components['schemas']['ExamStatus'];
export type ExamResultKind = components['schemas']['ExamResultKind'];
export type Certificate = components['schemas']['CertificateView'];
export type ExamRegistration = components['schemas']['ExamRegistrationView'];
export type ExamRegistrationPage = components['schemas']['ExamRegistrationPage'];
export type ExamRegistrationRequest = components['schemas']['ExamRegistrationRequest'];
export type ExamResultRequest = components['schemas']['ExamResultRequest'];

export const examStatuses: readonly ExamStatus[] = ['REGISTERED', 'PASSED', 'FAILED', 'ABSENT'];
export const examResults: readonly ExamResultKind[] = ['PASSED', 'FAILED', 'ABSENT'];
export const examSortableFields = ['personName', 'examDate', 'registeredOn', 'createdAt'] as const;
export type ExamSortableField = (typeof examSortableFields)[number];
