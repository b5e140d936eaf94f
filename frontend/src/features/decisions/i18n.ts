import { registerMessages } from '@/lib/i18n/i18n';

import { decisions as en } from './locales/en';
import { decisions as zhCN } from './locales/zh-CN';

registerMessages('decisions', { 'zh-CN': zhCN, en });
