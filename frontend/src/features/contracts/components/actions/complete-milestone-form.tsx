import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate, ContractFileSelect, useRules } from './fields';
import { blank } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function Fields({ township, record }: VerbFieldsProps) {
  const { t } = useTranslation('contracts');
  const { text } = useRules();
  return (
    <>
      <ActionDate label={t('action.doneOn')} />
      <Form.Item name="note" label={t('action.note')} rules={text(500, false)}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('action.notePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="evidenceFileIds"
        label={t('action.evidence')}
        extra={t('action.evidenceHelp')}
      >
        <ContractFileSelect township={township} contractId={record.id} multiple />
      </Form.Item>
    </>
  );
}

/** A deliverable or acceptance milestone met, with its evidence among the contract's files. */
export const completeMilestoneForm: VerbForm<'complete-milestone'> = {
  Fields,
  initialValues: () => ({ date: dayjs(), evidenceFileIds: [] }),
  toBody: (values) => ({
    doneOn: toIsoDate(values.date) ?? null,
    note: blank(values.note),
    evidenceFileIds: values.evidenceFileIds ?? [],
  }),
};
