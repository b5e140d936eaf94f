import 'i18next';

import type { advisers } from '@/features/advisers/locales/zh-CN';
import type { attachments } from '@/components/attachments/locales/zh-CN';
import type { calendar } from '@/features/calendar/locales/zh-CN';
import type { cases } from '@/features/cases/locales/zh-CN';
import type { contracts } from '@/features/contracts/locales/zh-CN';
import type { decisions } from '@/features/decisions/locales/zh-CN';
import type { documents } from '@/features/documents/locales/zh-CN';
import type { home } from '@/features/home/locales/zh-CN';
import type { inspections } from '@/features/inspections/locales/zh-CN';
import type { matters } from '@/features/matters/locales/zh-CN';
import type { officers } from '@/features/officers/locales/zh-CN';
import type { people } from '@/components/people/locales/zh-CN';
import type { publicDocuments } from '@/features/public-documents/locales/zh-CN';
import type { publicInspections } from '@/features/public-inspections/locales/zh-CN';
import type { publicPenaltyDecisions } from '@/features/public-penalty-decisions/locales/zh-CN';
import type { reviews } from '@/features/reviews/locales/zh-CN';
import type { settings } from '@/features/settings/locales/zh-CN';
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
      matters: typeof matters;
      inspections: typeof inspections;
      publicInspections: typeof publicInspections;
      cases: typeof cases;
      contracts: typeof contracts;
      home: typeof home;
      publicPenaltyDecisions: typeof publicPenaltyDecisions;
      settings: typeof settings;
      attachments: typeof attachments;
      people: typeof people;
    };
  }
}
