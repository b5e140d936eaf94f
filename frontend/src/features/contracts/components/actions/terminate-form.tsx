import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate, useRules } from './fields';
import { trimmed } from './values';
import type { VerbForm } from './verb-form';

function Fields() {
  const { t } = useTranslation('contracts');
  const { text } = useRules();
  return (
    <>
      <ActionDate label={t('action.terminatedOn')} />
      <Form.Item name="reason" label={t('action.reason')} rules={text(500)}>
        <Input.TextArea rows={3} maxLength={500} placeholder={t('action.reasonPlaceholder')} />
      </Form.Item>
    </>
  );
}

/** 终止: the leader ends the contract before it was performed, with the reason. */
export const terminateForm: VerbForm<'terminate'> = {
  Fields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({
    terminatedOn: toIsoDate(values.date) ?? null,
    reason: trimmed(values.reason),
  }),
  danger: true,
};
