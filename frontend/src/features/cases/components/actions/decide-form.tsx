import { Checkbox, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import { ActionDate, OutcomeFields } from './fields';
import { outcomeOf, type ActionValues } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function DecideFields({ record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  const form = Form.useFormInstance<ActionValues>();
  const partyPresent = Form.useWatch('partyPresent', form);
  return (
    <>
      <ActionDate label={t('action.decidedOn')} />
      <OutcomeFields record={record} intended={false} />
      <Form.Item
        name="partyPresent"
        valuePropName="checked"
        extra={partyPresent ? undefined : t('action.partyAbsentHint')}
      >
        <Checkbox>{t('action.partyPresent')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** 作出决定: the outcome decided, starting from the one the notice intended. */
export const decideForm: VerbForm<'decide'> = {
  Fields: DecideFields,
  width: 640,
  initialValues: (record) => {
    const intended = record.notice?.intendedOutcome;
    return {
      date: dayjs(),
      kind: intended?.kind ?? 'FINE',
      fineAmount: intended?.fineAmount ? Number(intended.fineAmount) : null,
      measure: intended?.measure ?? undefined,
      partyPresent: true,
    };
  },
  toBody: (values) => ({
    decidedOn: toIsoDate(values.date) ?? '',
    outcome: outcomeOf(values),
    partyPresent: Boolean(values.partyPresent),
  }),
};
