import type { Messages } from '@/lib/i18n/messages';

import type { calendar as zhCN } from './zh-CN';

export const calendar: Messages<typeof zhCN> = {
  title: 'Holiday calendar',
  subTitle:
    "The State Council's public holidays and adjusted working days; working-day deadlines such as legality reviews count over them",
  year: 'Year',
  yearValue: '{{year}}',
  add: 'Add a day',
  kind: { HOLIDAY: 'Holiday', WORKDAY: 'Adjusted working day' },
  columns: {
    date: 'Date',
    weekday: 'Weekday',
    kind: 'Kind',
    name: 'Name',
    actions: 'Actions',
  },
  summary: '{{year}}: {{holidays}} holidays, {{workdays}} adjusted working days',
  hint: 'Days not listed are ordinary: Monday to Friday are working days, weekends are not.',
  empty: 'No holidays entered for this year',
  remove: 'Remove',
  removeConfirm: 'Make {{date}} an ordinary day again?',
  removed: 'Removed {{date}}',
  form: {
    title: 'Add or change a day',
    date: 'Date',
    kind: 'Kind',
    name: 'Name',
    namePlaceholder: 'e.g. National Day',
    replaceHint: 'A day already on the calendar is replaced.',
    saved: 'Saved {{date}}',
  },
};
