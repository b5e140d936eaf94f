import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
type Schemas = components['schemas'];
export type Department = Schemas['Department'];
export type EnforcementField = Schemas['EnforcementField'];
export type InspectionMethod = Schemas['InspectionMethod'];
export type InspectionPlanStatus = Schemas['InspectionPlanStatus'];
export type InspectionStatus = Schemas['InspectionStatus'];
export type InspectionReason = Schemas['InspectionReason'];
export type InspectionResult = Schemas['InspectionResult'];

export type InspectionItem = Schemas['InspectionItemView'];
export type InspectionItemPage = Schemas['InspectionItemPage'];
export type InspectionItemRequest = Schemas['InspectionItemRequest'];

export type PlanTargets = Schemas['InspectionPlanTargetsView'];
export type PlannedItem = Schemas['PlannedItemView'];
export type InspectionPlan = Schemas['InspectionPlanView'];
export type InspectionPlanPage = Schemas['InspectionPlanPage'];
export type PlannedItemRequest = Schemas['PlannedItemRequest'];
export type InspectionPlanRequest = Schemas['InspectionPlanRequest'];

export type Inspection = Schemas['InspectionView'];
export type InspectionPage = Schemas['InspectionPage'];
export type InspectionRequest = Schemas['InspectionRequest'];
export type InspectionResultRequest = Schemas['InspectionResultRequest'];

export type Officer = Schemas['OfficerView'];

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
export const methods: readonly InspectionMethod[] = ['DOUBLE_RANDOM', 'SPECIAL', 'ROUTINE'];
export const planStatuses: readonly InspectionPlanStatus[] = ['DRAFT', 'FILED', 'PUBLISHED'];
export const inspectionStatuses: readonly InspectionStatus[] = [
  'PROPOSED',
  'APPROVED',
  'NOTIFIED',
  'DONE',
];
export const reasons: readonly InspectionReason[] = ['PLANNED', 'CASE_TRIGGERED'];
export const results: readonly InspectionResult[] = [
  'NO_PROBLEM',
  'RECTIFICATION_ORDERED',
  'CASE_OPENED',
];

export const itemSortable = [
  'code',
  'name',
  'field',
  'method',
  'publishedOn',
  'createdAt',
] as const;
export type ItemSortField = (typeof itemSortable)[number];
export const planSortable = ['year', 'title', 'publishedOn', 'createdAt'] as const;
export type PlanSortField = (typeof planSortable)[number];
export const inspectionSortable = [
  'plannedOn',
  'inspectedOn',
  'enterpriseName',
  'createdAt',
] as const;
export type InspectionSortField = (typeof inspectionSortable)[number];
