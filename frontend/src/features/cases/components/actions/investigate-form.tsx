import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate, useRules } from './fields';
import { blank } from './values';
import type { VerbForm } from './verb-form';

function InvestigateFields() {
  const { t } = useTranslation('cases');
  const { text } = useRules();
  return (
    <>
      <ActionDate label={t('action.startedOn')} />
      <Form.Item name="summary" label={t('action.summary')} rules={text(2000, false)}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** 调查取证: the investigation starts. */
export const investigateForm: VerbForm<'investigate'> = {
  Fields: InvestigateFields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ startedOn: toIsoDate(values.date) ?? '', summary: blank(values.summary) }),
};
