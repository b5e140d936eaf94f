import { Alert, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate, useRules } from './fields';
import { trimmed } from './values';
import type { VerbForm } from './verb-form';

function RevokeFields() {
  const { t } = useTranslation('cases');
  const { text } = useRules();
  return (
    <>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('action.revokeHint')} />
      <ActionDate label={t('action.revokedOn')} />
      <Form.Item name="reason" label={t('action.revokeReason')} rules={text(500)}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </>
  );
}

/** 撤销: a leader revokes the decision. */
export const revokeForm: VerbForm<'revoke'> = {
  Fields: RevokeFields,
  danger: true,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ revokedOn: toIsoDate(values.date) ?? '', reason: trimmed(values.reason) }),
};
