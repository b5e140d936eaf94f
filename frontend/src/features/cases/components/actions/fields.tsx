import { Alert, AutoComplete, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { useFormat } from '@/lib/format';

import { outcomeKinds, type EnforcementCaseView } from '../../types';

import type { ActionValues } from './values';

/** The rules the forms share: a required field, and a text with a maximum length. */
export function useRules() {
  const { t: tc } = useTranslation();
  const required = { required: true, message: tc('form.required') };
  const text = (max: number, mandatory = true): Rule[] => [
    ...(mandatory ? [{ required: true, whitespace: true, message: tc('form.required') }] : []),
    { max, message: tc('form.tooLong', { max }) },
  ];
  return { required, text };
}

/** The day the action was taken, not after today. */
export function ActionDate({ label }: { label: ReactNode }) {
  const { required } = useRules();
  return (
    <Form.Item name="date" label={label} rules={[required]} style={{ maxWidth: 260 }}>
      <DateInput
        allowClear={false}
        disabledDate={(candidate) => candidate.isAfter(dayjs(), 'day')}
      />
    </Form.Item>
  );
}

/** How a document reached the party, with the usual ways to choose from. */
export function MethodField() {
  const { t } = useTranslation('cases');
  const { text } = useRules();
  return (
    <Form.Item name="method" label={t('action.method')} rules={text(100, false)}>
      <AutoComplete
        options={(['onSpot', 'direct', 'post', 'electronic', 'leftAtAddress'] as const).map(
          (key) => ({ value: t(`action.methodOptions.${key}`) }),
        )}
        maxLength={100}
      />
    </Form.Item>
  );
}

/** The outcome, intended (the notice) or decided, with the member its kind takes. */
export function OutcomeFields({
  record,
  intended,
}: {
  record: EnforcementCaseView;
  intended: boolean;
}) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const { required, text } = useRules();
  const form = Form.useFormInstance<ActionValues>();
  const kind = Form.useWatch('kind', form);
  const fineAmount = Form.useWatch('fineAmount', form);
  const threshold = Number(record.hearingThreshold);
  const reachesThreshold = kind === 'FINE' && (fineAmount ?? 0) >= threshold;
  return (
    <>
      <Form.Item
        name="kind"
        label={intended ? t('action.intendedOutcome') : t('action.outcome')}
        rules={[required]}
      >
        <Select
          aria-label={intended ? t('action.intendedOutcome') : t('action.outcome')}
          options={outcomeKinds.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        />
      </Form.Item>
      {kind === 'FINE' && (
        <Form.Item
          name="fineAmount"
          label={t('action.fineAmount')}
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
            step={100}
            prefix="¥"
            style={{ width: '100%' }}
          />
        </Form.Item>
      )}
      {kind === 'OTHER' && (
        <Form.Item name="measure" label={t('action.measure')} rules={text(200)}>
          <Input maxLength={200} placeholder={t('action.measurePlaceholder')} />
        </Form.Item>
      )}
      {kind === 'NO_PENALTY_FIRST_VIOLATION' && !intended && (
        <>
          <EarlierViolations record={record} />
          <Form.Item name="educationGiven" label={t('action.educationGiven')} rules={text(500)}>
            <Input.TextArea
              rows={3}
              maxLength={500}
              placeholder={t('action.educationPlaceholder')}
            />
          </Form.Item>
        </>
      )}
      {kind === 'NO_PENALTY_FIRST_VIOLATION' && intended && <EarlierViolations record={record} />}
      {kind === 'NO_PENALTY_MINOR' && !intended && (
        <Form.Item name="reason" label={t('action.reason')} rules={text(500)}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
      {intended && reachesThreshold && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('action.hearingSuggested', {
            threshold: format.money(record.hearingThreshold),
          })}
        />
      )}
    </>
  );
}

/** ENF-08: the party's earlier violations in the township, shown when 首违不罚 is chosen. */
function EarlierViolations({ record }: { record: EnforcementCaseView }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  if (record.earlierViolations.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('action.firstViolationClear')}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('action.firstViolationBlocked')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {record.earlierViolations.map((earlier) => (
            <li key={earlier.caseId}>
              {t('action.earlierValue', {
                number: earlier.caseNumber,
                date: format.date(earlier.violationDate),
                outcome: t(`outcome.${earlier.outcome}`),
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
