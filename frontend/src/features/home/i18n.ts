import { registerMessages } from '@/lib/i18n/i18n';

import { home as en } from './locales/en';
import { home as zhCN } from './locales/zh-CN';

registerMessages('home', { 'zh-CN': zhCN, en });
