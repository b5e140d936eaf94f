import { registerMessages } from '@/lib/i18n/i18n';

import { attachments as en } from './locales/en';
import { attachments as zhCN } from './locales/zh-CN';

registerMessages('attachments', { 'zh-CN': zhCN, en });
