import { registerMessages } from '@/lib/i18n/i18n';

import { people as en } from './locales/en';
import { people as zhCN } from './locales/zh-CN';

registerMessages('people', { 'zh-CN': zhCN, en });
