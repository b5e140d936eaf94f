import { Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';
import { useFormat } from '@/lib/format';

import type { ContractMilestone, ContractView } from '../../types';

import { ActionDate, useRules } from './fields';
import { blank, money } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

/** The payment milestones not met yet, as the view marks them (PENDING, or OVERDUE past their day). */
function openPayments(record: ContractView): ContractMilestone[] {
  return record.milestones.filter(
    (milestone) =>
      milestone.kind === 'PAYMENT' &&
      (milestone.status === 'PENDING' || milestone.status === 'OVERDUE'),
  );
}

function Fields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const { required, text } = useRules();
  return (
    <>
      <Form.Item name="milestoneNumber" label={t('action.paymentMilestone')} rules={[required]}>
        <Select
          aria-label={t('action.paymentMilestone')}
          notFoundContent={t('action.noPaymentMilestones')}
          options={openPayments(record).map((milestone) => ({
            value: milestone.number,
            label: t('action.paymentMilestoneOption', {
              number: milestone.number,
              title: milestone.title,
              amount: format.money(milestone.amount),
              paid: format.money(milestone.paid),
            }),
          }))}
        />
      </Form.Item>
      <ActionDate label={t('action.paidOn')} />
      <Form.Item
        name="amount"
        label={t('action.paymentAmount')}
        rules={[
          required,
          {
            validator: async (_, value?: number | null) => {
              if (value !== null && value !== undefined && !(value > 0)) {
                throw new Error(t('action.amountInvalid'));
              }
            },
          },
        ]}
      >
        <InputNumber<number>
          min={0}
          precision={2}
          step={1000}
          prefix="¥"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="voucher" label={t('action.voucher')} rules={text(100, false)}>
        <Input maxLength={100} placeholder={t('action.voucherPlaceholder')} />
      </Form.Item>
    </>
  );
}

/** 付款: against a payment milestone; the API keeps the sum within the amount as amended (CON-02). */
export const recordPaymentForm: VerbForm<'record-payment'> = {
  Fields,
  initialValues: (record) => {
    const next = record.performance.nextMilestone;
    const first =
      next?.kind === 'PAYMENT' ? next.number : (openPayments(record)[0]?.number ?? undefined);
    return { date: dayjs(), milestoneNumber: first };
  },
  toBody: (values) => ({
    milestoneNumber: values.milestoneNumber ?? 0,
    paidOn: toIsoDate(values.date) ?? null,
    amount: money(values.amount),
    voucher: blank(values.voucher),
  }),
};
