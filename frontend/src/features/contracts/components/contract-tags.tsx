import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type {
  AmendmentStatus,
  ContractStatus,
  ContractType,
  MajorReason,
  MilestoneStatus,
  ReviewOutcome,
} from '../types';

const statusColors: Record<ContractStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  APPROVED: 'blue',
  PERFORMING: 'cyan',
  COMPLETED: 'success',
  TERMINATED: 'error',
  ARCHIVED: 'purple',
};

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useTranslation('contracts');
  return <Tag color={statusColors[status]}>{t(`status.${status}`)}</Tag>;
}

const milestoneColors: Record<MilestoneStatus, string> = {
  PENDING: 'processing',
  DONE: 'success',
  OVERDUE: 'error',
  WAIVED: 'default',
};

export function MilestoneStatusTag({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation('contracts');
  return (
    <Tag color={milestoneColors[status]} data-status={status}>
      {t(`milestoneStatus.${status}`)}
    </Tag>
  );
}

const amendmentColors: Record<AmendmentStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  APPROVED: 'blue',
  SIGNED: 'success',
};

export function AmendmentStatusTag({ status }: { status: AmendmentStatus }) {
  const { t } = useTranslation('contracts');
  return <Tag color={amendmentColors[status]}>{t(`amendmentStatus.${status}`)}</Tag>;
}

const reviewColors: Record<ReviewOutcome, string> = {
  NONE: 'default',
  PENDING: 'processing',
  APPROVED: 'success',
  APPROVED_WITH_CHANGES: 'cyan',
  REJECTED: 'error',
};

export function ReviewOutcomeTag({ outcome }: { outcome: ReviewOutcome }) {
  const { t } = useTranslation('contracts');
  return <Tag color={reviewColors[outcome]}>{t(`reviewOutcome.${outcome}`)}</Tag>;
}

/** Why the API found a contract major (CON-01), in words: the amount against the township's threshold, or the type. */
export function useMajorReasons() {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  return (reasons: readonly MajorReason[], type: ContractType, threshold?: string | null) =>
    reasons.map((reason) =>
      reason === 'TYPE'
        ? t('majorReason.TYPE', { type: t(`type.${type}`) })
        : threshold
          ? t('majorReason.AMOUNT_OF', { threshold: format.money(threshold) })
          : t('majorReason.AMOUNT'),
    );
}

/** The major mark (CON-01), its reasons on hover. */
export function MajorTag({
  reasons,
  type,
  threshold,
}: {
  reasons: readonly MajorReason[];
  type: ContractType;
  threshold?: string | null;
}) {
  const { t } = useTranslation('contracts');
  const reasonTexts = useMajorReasons();
  return (
    <Tooltip title={reasonTexts(reasons, type, threshold).join('；')}>
      <Tag color="volcano" data-mark="major">
        {t('marks.major')}
      </Tag>
    </Tooltip>
  );
}

/** The CON-03 marks as the API sets them: ending within the notice days, past its end, milestones overdue. */
export function ExpiryMarks({
  endingSoon,
  expired,
  overdueMilestones,
}: {
  endingSoon: boolean;
  expired: boolean;
  overdueMilestones: number;
}) {
  const { t } = useTranslation('contracts');
  if (!endingSoon && !expired && overdueMilestones === 0) return null;
  return (
    <Space size={4} wrap>
      {expired && (
        <Tag color="error" data-mark="expired">
          {t('marks.expired')}
        </Tag>
      )}
      {endingSoon && (
        <Tag color="warning" data-mark="ending-soon">
          {t('marks.endingSoon')}
        </Tag>
      )}
      {overdueMilestones > 0 && (
        <Tag color="error" data-mark="overdue-milestones">
          {t('marks.overdueMilestones', { count: overdueMilestones })}
        </Tag>
      )}
    </Space>
  );
}
