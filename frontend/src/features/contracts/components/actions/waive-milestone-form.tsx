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
      <ActionDate label={t('action.waivedOn')} />
      <Form.Item name="reason" label={t('action.waiveReason')} rules={text(500)}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('action.waiveReasonPlaceholder')} />
      </Form.Item>
    </>
  );
}

/** 免除: a pending milestone is waived, with the reason. */
export const waiveMilestoneForm: VerbForm<'waive-milestone'> = {
  Fields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({
    waivedOn: toIsoDate(values.date) ?? null,
    reason: trimmed(values.reason),
  }),
};
