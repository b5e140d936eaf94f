import type { Messages } from '@/lib/i18n/messages';

import type { publicPenaltyDecisions as zhCN } from './zh-CN';

export const publicPenaltyDecisions: Messages<typeof zhCN> = {
  title: 'Administrative penalty decisions',
  subTitle:
    "Penalty decisions made public by law; the party's ID number, phone and address are not published",
  columns: {
    decisionNumber: 'Decision number',
    field: 'Field',
    partyName: 'Party',
    facts: 'Facts',
    outcome: 'Penalty',
    decidedOn: 'Decided on',
    publishedOn: 'Published on',
  },
  field: {
    ROAD_TRAFFIC_SAFETY: 'Road traffic safety',
    WATER_TRAFFIC_SAFETY: 'Water traffic safety',
    FIRE_SAFETY: 'Fire safety',
    NON_COAL_MINE_SAFETY: 'Non-coal mine safety',
    AGRICULTURE: 'Agriculture',
    FORESTRY: 'Forestry',
    LIVESTOCK_AQUATIC: 'Livestock and aquatic',
    OTHER: 'Other',
  },
  outcome: {
    WARNING: 'Warning',
    FINE: 'Fine',
    OTHER: 'Other penalty',
  },
  fineValue: 'Fine {{amount}}',
  empty: 'No penalty decisions published',
  total: 'Total: {{total}}',
};
