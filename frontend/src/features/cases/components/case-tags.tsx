import { Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type { CaseStatus, DeadlineKind, OutcomeKind } from '../types';

/** Deadlines within this many days are marked as due soon. */
export const DUE_SOON_DAYS = 7;

const statusColors: Record<CaseStatus, string> = {
  FILED: 'default',
  INVESTIGATING: 'processing',
  NOTIFIED: 'processing',
  HEARING_REQUESTED: 'purple',
  HEARING_HELD: 'purple',
  DECIDED: 'blue',
  DELIVERED: 'cyan',
  EXECUTED: 'green',
  CLOSED: 'success',
  REVOKED: 'error',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases');
  return <Tag color={statusColors[status]}>{t(`status.${status}`)}</Tag>;
}

/** An outcome in words: 罚款 ¥500.00, 警告, 首违不罚. */
export function useOutcomeText() {
  const { t } = useTranslation('cases');
  const format = useFormat();
  return (outcome: { kind: OutcomeKind; fineAmount?: string | null } | null | undefined) => {
    if (!outcome) return '';
    if (outcome.kind === 'FINE' && outcome.fineAmount) {
      return t('fineValue', { amount: format.money(outcome.fineAmount) });
    }
    return t(`outcome.${outcome.kind}`);
  };
}

export type DueMark = 'overdue' | 'soon' | 'later';

/** Where a deadline stands: the API's `overdue` decides what is overdue. */
export function dueMark(
  deadline: { dueOn: string; overdue?: boolean | null },
  today: Dayjs = dayjs(),
): { mark: DueMark; daysLeft: number } {
  const daysLeft = dayjs(deadline.dueOn).startOf('day').diff(today.startOf('day'), 'day');
  if (deadline.overdue) return { mark: 'overdue', daysLeft };
  return { mark: daysLeft <= DUE_SOON_DAYS ? 'soon' : 'later', daysLeft };
}

/** A deadline with its mark: overdue red, due soon orange, later plain. */
export function DeadlineTag({
  kind,
  dueOn,
  overdue,
  showKind = true,
  withDate = false,
}: {
  kind?: DeadlineKind | string;
  dueOn: string;
  overdue?: boolean | null;
  showKind?: boolean;
  /** The due day in the tag, before how it stands (逾期 3 天, 还剩 2 天). */
  withDate?: boolean;
}) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const { mark, daysLeft } = dueMark({ dueOn, overdue });
  const kindText =
    showKind && kind ? `${t(`deadlineKind.${kind}` as 'deadlineKind.DECISION', kind)} · ` : '';
  const when =
    mark === 'overdue'
      ? t('due.overdueDays', { count: Math.max(-daysLeft, 0) })
      : daysLeft === 0
        ? t('due.today')
        : withDate
          ? format.date(dueOn)
          : showKind
            ? t('due.on', { date: format.date(dueOn) })
            : t('due.daysLeft', { count: daysLeft });
  const color = mark === 'overdue' ? 'error' : mark === 'soon' ? 'warning' : 'default';
  return (
    <Tag color={color} data-mark={mark}>
      {kindText}
      {when}
    </Tag>
  );
}
