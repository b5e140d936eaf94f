import { Alert, Divider, Flex, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { fromIsoDate, toIsoDate } from '@/lib/dates';

import {
  CounterpartyFields,
  toCounterpartyRequest,
  toCounterpartyValues,
} from '../counterparty-fields';

import { useRules } from './fields';
import { money, trimmed } from './values';
import type { VerbForm } from './verb-form';

function Fields() {
  const { t } = useTranslation('contracts');
  const { required, text } = useRules();
  return (
    <>
      <Alert type="info" showIcon title={t('action.amendmentHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="title" label={t('action.amendmentTitle')} rules={text(150)}>
        <Input maxLength={150} placeholder={t('action.amendmentTitlePlaceholder')} />
      </Form.Item>
      <Form.Item name="reason" label={t('action.amendmentReason')} rules={text(2000)}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="amount" label={t('action.amendedAmount')} rules={[required]}>
        <InputNumber<number>
          min={0}
          precision={2}
          step={1000}
          prefix="¥"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name={['term', 'startOn']}
          label={t('form.startOn')}
          rules={[required]}
          style={{ flex: 1 }}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name={['term', 'endOn']}
          label={t('form.endOn')}
          dependencies={[['term', 'startOn']]}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: async (_, value?: Dayjs) => {
                const start = getFieldValue(['term', 'startOn']) as Dayjs | undefined;
                if (value && start && value.isBefore(start, 'day')) {
                  throw new Error(t('form.endBeforeStart'));
                }
              },
            }),
          ]}
          style={{ flex: 1 }}
        >
          <DateInput />
        </Form.Item>
      </Flex>
      <Divider titlePlacement="start" plain>
        {t('form.counterparty')}
      </Divider>
      <CounterpartyFields />
    </>
  );
}

/**
 * 补充协议 (CON-02): the counterparty, amount and term as they are to be, whole; the current terms come filled in.
 * Reviewed like a contract when the amended one is major, and once signed the contract's next version.
 */
export const proposeAmendmentForm: VerbForm<'propose-amendment'> = {
  Fields,
  initialValues: (record) => ({
    counterparty: toCounterpartyValues(record.counterparty),
    amount: Number(record.amount),
    term: { startOn: fromIsoDate(record.term.startOn), endOn: fromIsoDate(record.term.endOn) },
  }),
  toBody: (values) => ({
    title: trimmed(values.title),
    reason: trimmed(values.reason),
    counterparty: toCounterpartyRequest(values.counterparty ?? { kind: 'ORGANISATION' }),
    amount: money(values.amount),
    term: {
      startOn: toIsoDate(values.term?.startOn) ?? '',
      endOn: toIsoDate(values.term?.endOn) ?? '',
    },
  }),
  width: 720,
};
