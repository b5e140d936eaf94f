import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate } from './fields';
import { HearingWindow } from './hearing-window';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function WaiveHearingFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  return (
    <>
      <HearingWindow record={record} />
      <ActionDate label={t('action.waivedOn')} />
    </>
  );
}

/** 放弃听证: the party waives the hearing offered. */
export const waiveHearingForm: VerbForm<'waive-hearing'> = {
  Fields: WaiveHearingFields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ waivedOn: toIsoDate(values.date) ?? '' }),
};
