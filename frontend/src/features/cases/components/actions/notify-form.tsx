import { Checkbox, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate, MethodField, OutcomeFields } from './fields';
import { blank, outcomeOf } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function NotifyFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  return (
    <>
      <ActionDate label={t('action.notifiedOn')} />
      <OutcomeFields record={record} intended />
      <Form.Item name="hearingOffered" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t('action.hearingOffered')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="statementAndDefenceNotified"
        valuePropName="checked"
        rules={[
          {
            validator: async (_, value?: boolean) => {
              if (!value) throw new Error(t('action.statementRequired'));
            },
          },
        ]}
      >
        <Checkbox>{t('action.statementAndDefence')}</Checkbox>
      </Form.Item>
      <MethodField />
    </>
  );
}

/** 告知: the intended outcome, the hearing offered or not, statement and defence. */
export const notifyForm: VerbForm<'notify'> = {
  Fields: NotifyFields,
  width: 640,
  initialValues: () => ({
    date: dayjs(),
    kind: 'FINE',
    hearingOffered: false,
    statementAndDefenceNotified: true,
  }),
  toBody: (values) => ({
    notifiedOn: toIsoDate(values.date) ?? '',
    intendedOutcome: outcomeOf(values),
    hearingOffered: Boolean(values.hearingOffered),
    statementAndDefenceNotified: Boolean(values.statementAndDefenceNotified),
    method: blank(values.method),
  }),
  onValuesChange: (changed, all, form, record) => {
    // a fine at the threshold must offer a hearing (ENF-06): tick it for the officer
    if ('fineAmount' in changed || 'kind' in changed) {
      // the township's threshold for this party, as the API read it (ENF-06 decides there)
      if (all.kind === 'FINE' && (all.fineAmount ?? 0) >= Number(record.hearingThreshold)) {
        form.setFieldValue('hearingOffered', true);
      }
    }
  },
};
