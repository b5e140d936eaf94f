import 'i18next';

import type { advisers } from '@/features/advisers/locales/zh-CN';
import type { calendar } from '@/features/calendar/locales/zh-CN';
import type { decisions } from '@/features/decisions/locales/zh-CN';
import type { documents } from '@/features/documents/locales/zh-CN';
import type { officers } from '@/features/officers/locales/zh-CN';
import type { publicDocuments } from '@/features/public-documents/locales/zh-CN';
import type { reviews } from '@/features/reviews/locales/zh-CN';
import type { common } from '@/lib/i18n/locales/zh-CN';

// typed keys for t(): a missing or misspelt key is a compile error
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      officers: typeof officers;
      reviews: typeof reviews;
      documents: typeof documents;
      decisions: typeof decisions;
      advisers: typeof advisers;
      calendar: typeof calendar;
      publicDocuments: typeof publicDocuments;
    };
  }
}
