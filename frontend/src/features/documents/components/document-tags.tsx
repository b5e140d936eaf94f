import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { DocumentStatus, NormativeDocument } from '../types';

const statusColors: Record<DocumentStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  EFFECTIVE: 'success',
  AMENDED: 'purple',
  REPEALED: 'default',
  EXPIRED: 'error',
};

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation('documents');
  return <Tag color={statusColors[status]}>{t(`status.${status}`)}</Tag>;
}

export function ProvisionalTag() {
  const { t } = useTranslation('documents');
  return <Tag color="orange">{t('marks.provisional')}</Tag>;
}

/**
 * The marks of LR-06 as the API computes them: past the validity's last day (shown when the status does
 * not say it already), and within six months of the end (to be evaluated).
 */
export function ValidityTags({
  document,
}: {
  document: Pick<NormativeDocument, 'status' | 'expired' | 'evaluationDue'>;
}) {
  const { t } = useTranslation('documents');
  const expiredMark = document.expired && document.status !== 'EXPIRED';
  if (!expiredMark && !document.evaluationDue) return null;
  return (
    <Space size={4}>
      {expiredMark && <Tag color="error">{t('marks.expired')}</Tag>}
      {document.evaluationDue && <Tag color="warning">{t('marks.evaluationDue')}</Tag>}
    </Space>
  );
}
