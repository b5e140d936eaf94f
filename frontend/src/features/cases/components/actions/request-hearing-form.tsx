import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate } from './fields';
import { HearingWindow } from './hearing-window';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function RequestHearingFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  return (
    <>
      <HearingWindow record={record} />
      <ActionDate label={t('action.requestedOn')} />
    </>
  );
}

/** 申请听证: the party asks for the hearing offered. */
export const requestHearingForm: VerbForm<'request-hearing'> = {
  Fields: RequestHearingFields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ requestedOn: toIsoDate(values.date) ?? '' }),
};
