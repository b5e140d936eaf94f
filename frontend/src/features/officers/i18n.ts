import { registerMessages } from '@/lib/i18n/i18n';

import { officers as en } from './locales/en';
import { officers as zhCN } from './locales/zh-CN';

registerMessages('officers', { 'zh-CN': zhCN, en });
