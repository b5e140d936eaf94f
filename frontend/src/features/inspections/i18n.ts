import { registerMessages } from '@/lib/i18n/i18n';

import { inspections as en } from './locales/en';
import { inspections as zhCN } from './locales/zh-CN';

registerMessages('inspections', { 'zh-CN': zhCN, en });
