import { Alert, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { toIsoDate } from '@/lib/dates';
import { useFormat } from '@/lib/format';

import { useRules } from './fields';
import { trimmed } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function ApproveExtensionFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const { required, text } = useRules();
  return (
    <>
      {record.deadlines.decisionDueOn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('action.extensionHint', {
            date: format.date(record.deadlines.decisionDueOn),
          })}
        />
      )}
      <Form.Item
        name="until"
        label={t('action.until')}
        rules={[required]}
        style={{ maxWidth: 260 }}
      >
        <DateInput allowClear={false} />
      </Form.Item>
      <Form.Item name="reason" label={t('action.reason_extension')} rules={text(500)}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </>
  );
}

/** 延长办案期限: a leader extends the time to decide. */
export const approveExtensionForm: VerbForm<'approve-extension'> = {
  Fields: ApproveExtensionFields,
  initialValues: (record) => ({
    until: record.deadlines.decisionDueOn
      ? dayjs(record.deadlines.decisionDueOn).add(30, 'day')
      : dayjs().add(30, 'day'),
  }),
  toBody: (values) => ({ reason: trimmed(values.reason), until: toIsoDate(values.until) ?? '' }),
};
