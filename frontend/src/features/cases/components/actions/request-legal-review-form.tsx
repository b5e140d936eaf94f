import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { PersonSelect } from '@/components/people/person-select';

import { useRules } from './fields';
import { blank, trimmed } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function RequestLegalReviewFields({ township }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  const { text } = useRules();
  return (
    <>
      <Form.Item
        name="reviewer"
        label={t('action.reviewer')}
        extra={t('action.reviewerHelp')}
        rules={text(100, false)}
      >
        <PersonSelect township={township} role="legal-reviewer" allowClear />
      </Form.Item>
      <Form.Item name="summary" label={t('action.reviewSummary')} rules={text(200)}>
        <Input.TextArea rows={3} maxLength={200} />
      </Form.Item>
    </>
  );
}

/** 法制审核: the decision goes to a legal reviewer first (ENF-07). */
export const requestLegalReviewForm: VerbForm<'request-legal-review'> = {
  Fields: RequestLegalReviewFields,
  initialValues: () => ({ date: dayjs() }),
  toBody: (values) => ({ reviewer: blank(values.reviewer), summary: trimmed(values.summary) }),
};
