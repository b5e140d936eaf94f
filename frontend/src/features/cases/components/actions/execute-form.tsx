import { Alert, Form, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';
import { useFormat } from '@/lib/format';

import { ActionDate, useRules } from './fields';
import { money } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function ExecuteFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const { required } = useRules();
  const fine = record.decision?.outcome.kind === 'FINE' ? record.decision.outcome.fineAmount : null;
  const { paymentDueOn, paymentOverdue, asOf, surchargeToday, amountDueToday } = record.deadlines;
  return (
    <>
      <ActionDate label={t('action.executedOn')} />
      {fine && (
        <>
          {amountDueToday && paymentDueOn && (
            <Alert
              type={paymentOverdue ? 'warning' : 'info'}
              showIcon
              style={{ marginBottom: 16 }}
              title={t('action.amountDue', {
                date: format.date(asOf),
                fine: format.money(fine),
                surcharge: format.money(surchargeToday ?? '0.00'),
                total: format.money(amountDueToday),
              })}
              description={
                paymentOverdue
                  ? t('action.late', { date: format.date(paymentDueOn) })
                  : t('action.notLate', { date: format.date(paymentDueOn) })
              }
            />
          )}
          <Form.Item name="amountPaid" label={t('action.amountPaid')} rules={[required]}>
            <InputNumber<number> min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** 执行: the decision carried out; a fine with what the API computed as due today (ENF-11). */
export const executeForm: VerbForm<'execute'> = {
  Fields: ExecuteFields,
  initialValues: (record) => {
    // ENF-11: what the API computed as due today (the fine and its surcharge)
    const due = record.decision?.outcome.kind === 'FINE' ? record.deadlines.amountDueToday : null;
    return { date: dayjs(), amountPaid: due ? Number(due) : null };
  },
  toBody: (values) => ({
    executedOn: toIsoDate(values.date) ?? '',
    amountPaid: money(values.amountPaid),
  }),
};
