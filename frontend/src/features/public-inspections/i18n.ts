import { registerMessages } from '@/lib/i18n/i18n';

import { publicInspections as en } from './locales/en';
import { publicInspections as zhCN } from './locales/zh-CN';

registerMessages('publicInspections', { 'zh-CN': zhCN, en });
