import { registerMessages } from '@/lib/i18n/i18n';

import { publicDocuments as en } from './locales/en';
import { publicDocuments as zhCN } from './locales/zh-CN';

registerMessages('publicDocuments', { 'zh-CN': zhCN, en });
