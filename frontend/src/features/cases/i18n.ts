import { registerMessages } from '@/lib/i18n/i18n';

import { cases as en } from './locales/en';
import { cases as zhCN } from './locales/zh-CN';

registerMessages('cases', { 'zh-CN': zhCN, en });
