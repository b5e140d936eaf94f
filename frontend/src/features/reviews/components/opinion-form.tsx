import { Alert, App, Button, Card, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { cleanLines, LinesField } from '@/components/lines-field';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';

import type { VersionedReview } from '../api/get-review';
import { useReviewAction, type ReviewAction } from '../api/review-actions';
import type { Opinion } from '../types';

type Values = {
  kind?: Opinion;
  requiredChanges?: string[];
  reasons?: string[];
  earlyReason?: string;
};

const fields = ['requiredChanges', 'reasons', 'earlyReason'];

/**
 * The assigned reviewer's opinion: 通过, 修改后通过 with the changes required, 不通过 with the reasons. Before
 * the window opens a normative document needs the reason for an early opinion (LR-01); a major decision
 * cannot be answered before its seventh working day (LR-02). Refusals show under the button.
 */
export function OpinionForm({
  township,
  current,
  onReload,
  reloading,
}: {
  township: string;
  current: VersionedReview;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const action = useReviewAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { review, etag } = current;
  const stale = action.error instanceof ApiError && action.error.isStale;

  const beforeWindow =
    review.earliestOn !== null &&
    review.earliestOn !== undefined &&
    dayjs().startOf('day').isBefore(dayjs(review.earliestOn));
  const needsEarlyReason = beforeWindow && review.subjectType === 'NORMATIVE_DOCUMENT';
  const decisionTooEarly = beforeWindow && review.subjectType === 'MAJOR_DECISION';

  const submit = async (values: Values) => {
    const earlyReason = values.earlyReason?.trim() || undefined;
    const base = { id: review.id, etag };
    const change: ReviewAction =
      values.kind === 'approve-with-changes'
        ? {
            ...base,
            action: 'approve-with-changes',
            requiredChanges: cleanLines(values.requiredChanges),
            earlyReason,
          }
        : values.kind === 'reject'
          ? { ...base, action: 'reject', reasons: cleanLines(values.reasons), earlyReason }
          : { ...base, action: 'approve', earlyReason };
    setFieldErrors([]);
    try {
      const saved = await action.mutateAsync(change);
      void message.success(t('opinion.decided', { outcome: t(`outcome.${saved.review.status}`) }));
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, fields));
      }
    }
  };

  const reload = async () => {
    await onReload();
    action.reset();
  };

  return (
    <Card title={t('opinion.title')} style={{ marginBottom: 16 }}>
      {decisionTooEarly && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('opinion.majorDecisionTooEarly', { date: format.date(review.earliestOn) })}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="opinion"
        initialValues={{ kind: 'approve', requiredChanges: [''], reasons: [''] }}
        onFinish={(values) => void submit(values)}
        style={{ maxWidth: 720 }}
      >
        <Form.Item
          name="kind"
          label={t('opinion.kind')}
          rules={[{ required: true, message: t('opinion.kind') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'approve', label: t('opinion.approve') },
              { value: 'approve-with-changes', label: t('opinion.approveWithChanges') },
              { value: 'reject', label: t('opinion.reject') },
            ]}
          />
        </Form.Item>
        {kind === 'approve-with-changes' && (
          <LinesField
            name="requiredChanges"
            label={t('opinion.requiredChanges')}
            lineLabel={t('opinion.requiredChanges')}
            help={t('opinion.requiredChangesHelp')}
            placeholder={t('opinion.changePlaceholder')}
            atLeastOneMessage={t('opinion.atLeastOne')}
            lineRequiredMessage={t('opinion.lineRequired')}
            rows={2}
          />
        )}
        {kind === 'reject' && (
          <LinesField
            name="reasons"
            label={t('opinion.reasons')}
            lineLabel={t('opinion.reasons')}
            help={t('opinion.reasonsHelp')}
            placeholder={t('opinion.reasonPlaceholder')}
            atLeastOneMessage={t('opinion.atLeastOne')}
            lineRequiredMessage={t('opinion.lineRequired')}
            rows={2}
          />
        )}
        {needsEarlyReason && (
          <Form.Item
            name="earlyReason"
            label={t('opinion.earlyReason')}
            extra={t('opinion.earlyReasonHelp', { date: format.date(review.earliestOn) })}
            rules={[
              { required: true, whitespace: true, message: t('opinion.earlyReasonRequired') },
              { max: 500, message: tc('form.tooLong', { max: 500 }) },
            ]}
          >
            <Input.TextArea
              rows={2}
              maxLength={500}
              showCount
              placeholder={t('opinion.earlyReasonPlaceholder')}
            />
          </Form.Item>
        )}
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={action.isPending} disabled={stale}>
            {t('opinion.submit')}
          </Button>
        </Form.Item>
      </Form>
      {stale ? (
        <div style={{ marginTop: 16 }}>
          <StaleRecordAlert onReload={() => void reload()} reloading={reloading} />
        </div>
      ) : (
        <ProblemAlert error={action.error} hideFields={fieldErrors} style={{ marginTop: 16 }} />
      )}
    </Card>
  );
}
