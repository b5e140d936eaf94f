import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type Attachment = components['schemas']['AttachmentView'];
export type AttachmentPage = components['schemas']['AttachmentPage'];
export type AttachmentKind = components['schemas']['AttachmentKind'];

export const attachmentKinds: readonly AttachmentKind[] = [
  'DECISION_DOCUMENT',
  'DELIVERY_RECEIPT',
  'RECORDER_FOOTAGE',
  'EVIDENCE',
  'CONTRACT',
  'MINUTES',
  'PHOTO',
  'OTHER',
];
