import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
type Schemas = components['schemas'];
export type PublicMatter = Schemas['PublicEnforcementMatterView'];
export type PublicItem = Schemas['PublicInspectionItemView'];
export type PublicPlan = Schemas['PublicInspectionPlanView'];
export type PlannedItem = Schemas['PlannedItemView'];
export type MatterKind = Schemas['MatterKind'];

export const matterKinds: readonly MatterKind[] = ['PENALTY', 'INSPECTION', 'COERCION', 'OTHER'];
