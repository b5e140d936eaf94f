import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type { EnforcementCaseView } from '../../types';

/** Until when the party may ask for a hearing, as the API computed it. */
export function HearingWindow({ record }: { record: EnforcementCaseView }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  if (!record.deadlines.hearingWindowEndsOn) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('action.hearingWindow', {
        date: format.date(record.deadlines.hearingWindowEndsOn),
      })}
    />
  );
}
