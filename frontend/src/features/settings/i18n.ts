import { registerMessages } from '@/lib/i18n/i18n';

import { settings as en } from './locales/en';
import { settings as zhCN } from './locales/zh-CN';

registerMessages('settings', { 'zh-CN': zhCN, en });
