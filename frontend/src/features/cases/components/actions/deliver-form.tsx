import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';
import { useFormat } from '@/lib/format';

import { ActionDate, MethodField, useRules } from './fields';
import { blank, type ActionValues } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function DeliverFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const { text } = useRules();
  const form = Form.useFormInstance<ActionValues>();
  const date = Form.useWatch('date', form);
  const deliveryDueOn = record.deadlines.deliveryDueOn;
  // a day after the API's delivery deadline asks for the reason
  const late = deliveryDueOn && date ? date.isAfter(dayjs(deliveryDueOn), 'day') : false;
  return (
    <>
      <ActionDate label={t('action.deliveredOn')} />
      <MethodField />
      {(late || record.delivery?.lateReason) && deliveryDueOn && (
        <Form.Item
          name="lateReason"
          label={t('action.lateReason')}
          extra={t('action.lateHint', { date: format.date(deliveryDueOn) })}
          rules={text(500)}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </>
  );
}

/** 送达: the decision reaches the party; on the day it was taken when the party was present. */
export const deliverForm: VerbForm<'deliver'> = {
  Fields: DeliverFields,
  initialValues: (record) => ({
    date:
      record.decision?.partyPresent && record.decision.decidedOn
        ? dayjs(record.decision.decidedOn)
        : dayjs(),
  }),
  toBody: (values) => ({
    deliveredOn: toIsoDate(values.date) ?? '',
    method: blank(values.method),
    lateReason: blank(values.lateReason),
  }),
};
