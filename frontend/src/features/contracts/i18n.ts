import { registerMessages } from '@/lib/i18n/i18n';

import { contracts as en } from './locales/en';
import { contracts as zhCN } from './locales/zh-CN';

registerMessages('contracts', { 'zh-CN': zhCN, en });
