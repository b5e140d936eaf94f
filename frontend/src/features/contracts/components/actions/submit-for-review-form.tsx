import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';

import { cleanLines, LinesField } from '@/components/lines-field';
import { PersonSelect } from '@/components/people/person-select';
import i18n from '@/lib/i18n/i18n';

import type { ContractReview } from '../../types';

import { useRules } from './fields';
import type { ActionValues } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function Fields({ township, record, number }: VerbFieldsProps) {
  const { t } = useTranslation('contracts');
  const { text } = useRules();
  const review: ContractReview | undefined =
    number === undefined
      ? record.review
      : record.amendments.find((amendment) => amendment.number === number)?.review;
  return (
    <>
      {review?.required && (
        <Alert
          type="info"
          showIcon
          title={t('action.reviewRequiredHint')}
          style={{ marginBottom: 16 }}
        />
      )}
      <LinesField
        name="materials"
        label={t('action.materials')}
        lineLabel={t('action.materials')}
        placeholder={t('action.materialPlaceholder')}
        atLeastOneMessage={t('action.materialsAtLeastOne')}
        lineRequiredMessage={t('action.materialRequired')}
        maxLength={200}
      />
      <Form.Item
        name="reviewer"
        label={t('action.reviewer')}
        extra={t('action.reviewerHelp')}
        rules={text(100, false)}
      >
        <PersonSelect township={township} role="legal-reviewer" allowClear />
      </Form.Item>
    </>
  );
}

const initialValues = (): ActionValues => ({
  materials: i18n
    .t('action.defaultMaterials', { ns: 'contracts' })
    .split(/[；;]/)
    .map((line) => line.trim())
    .filter(Boolean),
});

const toBody = (values: ActionValues) => ({
  materials: cleanLines(values.materials),
  reviewer: values.reviewer?.trim() || null,
});

/** 送审: the contract to its legality review (LR-03), through the review area; the reviewer may be named now. */
export const submitForReviewForm: VerbForm<'submit-for-review'> = {
  Fields,
  initialValues,
  toBody,
  width: 640,
};

/** An amendment to its legality review: the same materials and reviewer. */
export const submitAmendmentForm: VerbForm<'submit-amendment'> = {
  Fields,
  initialValues,
  toBody,
  width: 640,
};
