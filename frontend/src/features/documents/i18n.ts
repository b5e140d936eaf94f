import { registerMessages } from '@/lib/i18n/i18n';

import { documents as en } from './locales/en';
import { documents as zhCN } from './locales/zh-CN';

registerMessages('documents', { 'zh-CN': zhCN, en });
