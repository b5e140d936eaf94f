import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { DecisionStatus } from '../types';

const colors: Record<DecisionStatus, string> = {
  IN_PROCEDURE: 'processing',
  ADOPTED: 'success',
  PUBLISHED: 'cyan',
};

export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  const { t } = useTranslation('decisions');
  return <Tag color={colors[status]}>{t(`status.${status}`)}</Tag>;
}
