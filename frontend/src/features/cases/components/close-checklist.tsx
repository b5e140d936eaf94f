import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { EnforcementCaseView } from '../types';

/**
 * ENF-09: what the full-process record needs before the case may close, each ticked or not; `strict`
 * (when closing) marks a missing required item red.
 */
export function CloseChecklist({
  record,
  strict = false,
}: {
  record: EnforcementCaseView;
  strict?: boolean;
}) {
  const { t } = useTranslation('cases');
  return (
    <ul aria-label={t('detail.checklist')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {record.closeChecklist.map((entry) => (
        <li key={entry.item} data-done={entry.done} style={{ padding: '4px 0' }}>
          <Typography.Text
            type={entry.done ? undefined : strict && entry.required ? 'danger' : 'secondary'}
          >
            {entry.done ? (
              <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 8 }} />
            ) : strict && entry.required ? (
              <CloseCircleFilled style={{ marginInlineEnd: 8 }} />
            ) : (
              <MinusCircleOutlined style={{ color: '#bfbfbf', marginInlineEnd: 8 }} />
            )}
            {t(`detail.checklistItem.${entry.item}`)}
            {!entry.required && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                {t('detail.checklistOptional')}
              </Typography.Text>
            )}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
