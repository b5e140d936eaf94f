import 'i18next';

import type { officers } from '@/features/officers/locales/zh-CN';
import type { common } from '@/lib/i18n/locales/zh-CN';

// typed keys for t(): a missing or misspelt key is a compile error
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      officers: typeof officers;
    };
  }
}
