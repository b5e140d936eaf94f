import { Alert, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { toIsoDate } from '@/lib/dates';

import type { ContractReview } from '../../types';

import { ActionDate, useRules } from './fields';
import { blank, type ActionValues } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function Fields({ record, number }: VerbFieldsProps) {
  const { t } = useTranslation('contracts');
  const { text } = useRules();
  const review: ContractReview | undefined =
    number === undefined
      ? record.review
      : record.amendments.find((amendment) => amendment.number === number)?.review;
  return (
    <>
      {review && review.outcome !== 'NONE' && (
        <Alert
          type={review.passed ? 'success' : review.outcome === 'REJECTED' ? 'error' : 'info'}
          showIcon
          title={t('action.approveReviewHint', {
            outcome: t(`reviewOutcome.${review.outcome}`),
          })}
          style={{ marginBottom: 16 }}
        />
      )}
      <ActionDate label={t('action.approvedOn')} />
      <Form.Item name="opinion" label={t('action.opinion')} rules={text(500, false)}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('action.opinionPlaceholder')} />
      </Form.Item>
    </>
  );
}

const initialValues = (): ActionValues => ({ date: dayjs() });
const toBody = (values: ActionValues) => ({
  approvedOn: toIsoDate(values.date) ?? null,
  opinion: blank(values.opinion),
});

/** 审批: the leader approves the contract; a major one only after a passed review (LR-03, LR-05). */
export const approveForm: VerbForm<'approve'> = { Fields, initialValues, toBody };

/** The leader approves an amendment, under the same rules. */
export const approveAmendmentForm: VerbForm<'approve-amendment'> = {
  Fields,
  initialValues,
  toBody,
};
