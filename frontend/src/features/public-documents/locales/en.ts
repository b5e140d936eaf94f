import type { Messages } from '@/lib/i18n/messages';

import type { publicDocuments as zhCN } from './zh-CN';

export const publicDocuments: Messages<typeof zhCN> = {
  title: 'Normative documents in force',
  subTitle:
    'The normative documents in force, published by law; each was issued after a legality review',
  columns: {
    number: 'Number',
    title: 'Title',
    issuer: 'Issuer',
    issuedOn: 'Issued',
    effectiveOn: 'In force from',
    validUntil: 'Valid until',
  },
  provisional: 'Provisional',
  empty: 'No normative documents in force',
  total: '{{total}} documents',
};
