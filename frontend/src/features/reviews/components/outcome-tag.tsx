import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ReviewOutcome } from '../types';

const colors: Record<ReviewOutcome, string> = {
  NONE: 'default',
  PENDING: 'processing',
  APPROVED: 'success',
  APPROVED_WITH_CHANGES: 'cyan',
  REJECTED: 'error',
};

export function OutcomeTag({ outcome }: { outcome: ReviewOutcome }) {
  const { t } = useTranslation('reviews');
  return <Tag color={colors[outcome]}>{t(`outcome.${outcome}`)}</Tag>;
}
