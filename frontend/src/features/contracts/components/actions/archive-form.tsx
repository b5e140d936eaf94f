import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate } from './fields';
import type { VerbForm } from './verb-form';

function Fields() {
  const { t } = useTranslation('contracts');
  return <ActionDate label={t('action.archivedOn')} />;
}

/** 归档: a completed or terminated contract goes to the archive; its files then stay. */
export const archiveForm: VerbForm<'archive'> = {
  Fields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ archivedOn: toIsoDate(values.date) ?? null }),
};
