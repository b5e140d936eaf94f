import { registerMessages } from '@/lib/i18n/i18n';

import { publicPenaltyDecisions as en } from './locales/en';
import { publicPenaltyDecisions as zhCN } from './locales/zh-CN';

registerMessages('publicPenaltyDecisions', { 'zh-CN': zhCN, en });
