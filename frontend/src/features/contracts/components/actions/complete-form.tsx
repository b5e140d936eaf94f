import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate } from './fields';
import type { VerbForm } from './verb-form';

function Fields() {
  const { t } = useTranslation('contracts');
  return <ActionDate label={t('action.completedOn')} />;
}

/** 履行完毕: the contract was performed in full, every milestone done or waived. */
export const completeForm: VerbForm<'complete'> = {
  Fields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ completedOn: toIsoDate(values.date) ?? null }),
};
