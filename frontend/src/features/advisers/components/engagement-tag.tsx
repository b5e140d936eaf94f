import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { EngagementStatus } from '../types';

const colors: Record<EngagementStatus, string> = {
  UPCOMING: 'default',
  ACTIVE: 'success',
  ENDED: 'warning',
};

export function EngagementTag({ status }: { status: EngagementStatus }) {
  const { t } = useTranslation('advisers');
  return <Tag color={colors[status]}>{t(`status.${status}`)}</Tag>;
}
