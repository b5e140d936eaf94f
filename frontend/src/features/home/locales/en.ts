import type { Messages } from '@/lib/i18n/messages';

import type { home as zhCN } from './zh-CN';

export const home: Messages<typeof zhCN> = {
  deadlines: {
    title: 'Deadlines',
    subTitle:
      "Due within 7 days or overdue; contracts from the township's notice days before their end",
    empty: 'Nothing falls due within 7 days',
    all: 'All cases',
    kind: {
      DECISION: 'Decision due',
      HEARING_WINDOW: 'Hearing window',
      DELIVERY: 'Delivery due',
      PAYMENT: 'Payment due',
      CONTRACT_EXPIRY: 'Contract ends',
      CONTRACT_MILESTONE: 'Contract milestone',
    },
    overdue: '{{count}} day(s) overdue',
    today: 'Due today',
    daysLeft: '{{count}} day(s) left',
    dueOn: 'Due {{date}}',
  },
};
