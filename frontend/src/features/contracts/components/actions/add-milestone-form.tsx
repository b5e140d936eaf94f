import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { toIsoDate } from '@/lib/dates';

import { milestoneKinds } from '../../types';

import { useRules } from './fields';
import { money, trimmed, type ActionValues } from './values';
import type { VerbForm } from './verb-form';

function Fields() {
  const { t } = useTranslation('contracts');
  const { required, text } = useRules();
  const kind = Form.useWatch<ActionValues['kind']>('kind');
  return (
    <>
      <Form.Item name="kind" label={t('action.milestoneKind')} rules={[required]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={milestoneKinds.map((value) => ({
            value,
            label: t(`milestoneKind.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('action.milestoneTitle')} rules={text(100)}>
        <Input maxLength={100} placeholder={t('action.milestoneTitlePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="dueOn"
        label={t('action.dueOn')}
        rules={[required]}
        style={{ maxWidth: 260 }}
      >
        <DateInput />
      </Form.Item>
      {kind === 'PAYMENT' && (
        <Form.Item
          name="amount"
          label={t('action.milestoneAmount')}
          extra={t('action.milestoneAmountHelp')}
          rules={[required]}
        >
          <InputNumber<number>
            min={0}
            precision={2}
            step={1000}
            prefix="¥"
            style={{ width: '100%' }}
          />
        </Form.Item>
      )}
    </>
  );
}

/** 履约节点: a deliverable, an acceptance or a payment (with its amount) due on a day (CON-03 flags it past). */
export const addMilestoneForm: VerbForm<'add-milestone'> = {
  Fields,
  initialValues: () => ({ kind: 'PAYMENT' }),
  toBody: (values) => ({
    kind: values.kind ?? 'PAYMENT',
    title: trimmed(values.title),
    dueOn: toIsoDate(values.dueOn) ?? '',
    amount: values.kind === 'PAYMENT' ? money(values.amount) : null,
  }),
};
