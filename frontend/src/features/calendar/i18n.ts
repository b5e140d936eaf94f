import { registerMessages } from '@/lib/i18n/i18n';

import { calendar as en } from './locales/en';
import { calendar as zhCN } from './locales/zh-CN';

registerMessages('calendar', { 'zh-CN': zhCN, en });
