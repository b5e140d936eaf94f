import { registerMessages } from '@/lib/i18n/i18n';

import { reviews as en } from './locales/en';
import { reviews as zhCN } from './locales/zh-CN';

registerMessages('reviews', { 'zh-CN': zhCN, en });
