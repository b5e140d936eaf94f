import type { components } from '@/lib/api/schema';

export type PublicDocument = components['schemas']['PublicNormativeDocumentView'];
