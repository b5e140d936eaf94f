import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate, useRules } from './fields';
import { trimmed } from './values';
import type { VerbForm } from './verb-form';

function HoldHearingFields() {
  const { t } = useTranslation('cases');
  const { text } = useRules();
  return (
    <>
      <ActionDate label={t('action.heldOn')} />
      <Form.Item name="summary" label={t('action.hearingSummary')} rules={text(2000)}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** 举行听证: the hearing held, and what was said. */
export const holdHearingForm: VerbForm<'hold-hearing'> = {
  Fields: HoldHearingFields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ heldOn: toIsoDate(values.date) ?? '', summary: trimmed(values.summary) }),
};
