import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type PublicPenaltyDecision = components['schemas']['PublicPenaltyDecisionView'];
export type PublicPenaltyDecisionPage = components['schemas']['PublicPenaltyDecisionPage'];
