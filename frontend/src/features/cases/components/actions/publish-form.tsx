import { Alert, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { useOutcomeText } from '../case-tags';

import { ActionDate } from './fields';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function PublishFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  const outcomeText = useOutcomeText();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('action.publishHint')} />
      <ActionDate label={t('action.publishedOn')} />
      {record.decision && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {record.decision.number} · {outcomeText(record.decision.outcome)}
        </Typography.Paragraph>
      )}
    </>
  );
}

/** 公示: the penalty decision goes on the public list (ENF-12). */
export const publishForm: VerbForm<'publish'> = {
  Fields: PublishFields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ publishedOn: toIsoDate(values.date) ?? '' }),
};
