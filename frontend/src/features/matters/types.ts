import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type Department = components['schemas']['Department'];
export type MatterKind = components['schemas']['MatterKind'];
export type MatterSource = components['schemas']['MatterSource'];
export type EnforcementField = components['schemas']['EnforcementField'];
export type EnforcementMatter = components['schemas']['EnforcementMatterView'];
export type EnforcementMatterPage = components['schemas']['EnforcementMatterPage'];
export type EnforcementMatterRequest = components['schemas']['EnforcementMatterRequest'];

export const matterKinds: readonly MatterKind[] = ['PENALTY', 'INSPECTION', 'COERCION', 'OTHER'];
export const matterSources: readonly MatterSource[] = ['COUNTY_DELEGATED', 'OWN'];
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
export const departments: readonly Department[] = [
  'EMERGENCY',
  'AGRICULTURE',
  'FORESTRY',
  'LIVESTOCK_AQUATIC',
  'COMPREHENSIVE',
  'OTHER',
];

export const sortableFields = ['code', 'name'] as const;
export type SortableField = (typeof sortableFields)[number];
