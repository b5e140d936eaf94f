import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { CloseChecklist } from '../close-checklist';

import { ActionDate } from './fields';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function CloseFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  return (
    <>
      <ActionDate label={t('action.closedOn')} />
      <Typography.Paragraph>{t('action.closeChecklist')}</Typography.Paragraph>
      <CloseChecklist record={record} strict />
    </>
  );
}

/** 结案: the case closes, with the checklist of its full-process record (ENF-09). */
export const closeForm: VerbForm<'close'> = {
  Fields: CloseFields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ closedOn: toIsoDate(values.date) ?? '' }),
};
