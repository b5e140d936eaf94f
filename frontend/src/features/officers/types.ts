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
