import type { Messages } from '@/lib/i18n/messages';

import type { attachments as zhCN } from './zh-CN';

export const attachments: Messages<typeof zhCN> = {
  title: 'Files',
  empty: 'No files yet',
  kindLabel: 'Kind of file',
  choose: 'Choose a file to upload',
  uploading: 'Uploading {{name}}',
  uploaded: '{{name}} uploaded',
  hint: "A file's type is told from its content; size and types allowed are in the settings.",
  download: 'Download',
  verify: 'Verify',
  intact: 'Intact: the SHA-256 is the one recorded at upload',
  altered: 'Changed: the SHA-256 is not the one recorded at upload',
  remove: 'Remove',
  removeConfirm: 'Remove {{name}}? The removal is audited.',
  removed: 'Removed',
  columns: {
    name: 'File',
    kind: 'Kind',
    size: 'Size',
    uploadedBy: 'Uploaded by',
    uploadedAt: 'Uploaded',
    actions: 'Actions',
  },
  kind: {
    DECISION_DOCUMENT: 'Decision',
    DELIVERY_RECEIPT: 'Delivery receipt',
    RECORDER_FOOTAGE: 'Recorder footage',
    EVIDENCE: 'Evidence',
    CONTRACT: 'Contract',
    MINUTES: 'Minutes',
    PHOTO: 'Photo',
    OTHER: 'Other',
  },
};
