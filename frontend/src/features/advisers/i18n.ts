import { registerMessages } from '@/lib/i18n/i18n';

import { advisers as en } from './locales/en';
import { advisers as zhCN } from './locales/zh-CN';

registerMessages('advisers', { 'zh-CN': zhCN, en });
