import { Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Rounds due within this many calendar days are marked. */
export const DUE_SOON_DAYS = 3;

export type DueState =
  | { kind: 'decided' }
  | { kind: 'overdue' }
  | { kind: 'today' }
  | { kind: 'soon'; daysLeft: number }
  | { kind: 'later' };

/** Where an open round stands against its due day; the API's `overdue` decides what is overdue. */
export function dueState(
  round: { status: string; dueOn: string; overdue: boolean },
  today: Dayjs = dayjs(),
): DueState {
  if (round.status !== 'PENDING') return { kind: 'decided' };
  if (round.overdue) return { kind: 'overdue' };
  const daysLeft = dayjs(round.dueOn).startOf('day').diff(today.startOf('day'), 'day');
  if (daysLeft <= 0) return { kind: 'today' };
  return daysLeft <= DUE_SOON_DAYS ? { kind: 'soon', daysLeft } : { kind: 'later' };
}

export function DueTag({ state }: { state: DueState }) {
  const { t } = useTranslation('reviews');
  switch (state.kind) {
    case 'overdue':
      return <Tag color="error">{t('due.overdue')}</Tag>;
    case 'today':
      return <Tag color="warning">{t('due.today')}</Tag>;
    case 'soon':
      return <Tag color="warning">{t('due.soon', { count: state.daysLeft })}</Tag>;
    default:
      return null;
  }
}
