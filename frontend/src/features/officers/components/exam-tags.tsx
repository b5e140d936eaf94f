import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ExamStatus } from '../types';

const colors: Record<ExamStatus, string> = {
  REGISTERED: 'processing',
  PASSED: 'success',
  FAILED: 'error',
  ABSENT: 'default',
};

export function ExamStatusTag({ status }: { status: ExamStatus }) {
  const { t } = useTranslation('officers');
  return <Tag color={colors[status]}>{t(`exams.status.${status}`)}</Tag>;
}
