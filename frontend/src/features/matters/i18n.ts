import { registerMessages } from '@/lib/i18n/i18n';

import { matters as en } from './locales/en';
import { matters as zhCN } from './locales/zh-CN';

registerMessages('matters', { 'zh-CN': zhCN, en });
