import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { cleanLines, LinesField } from '@/components/lines-field';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';

import type { VersionedReview } from '../api/get-review';
import { useReviewAction } from '../api/review-actions';

/** A rejected subject handed in again with new materials: a new round (LR-05). */
export function ResubmitModal({
  township,
  current,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedReview;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('reviews');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ materials: string[] }>();
  const action = useReviewAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const nextRound = current.review.round + 1;

  const submit = async ({ materials }: { materials: string[] }) => {
    setFieldErrors([]);
    try {
      const saved = await action.mutateAsync({
        action: 'resubmit',
        id: current.review.id,
        etag: current.etag,
        materials: cleanLines(materials),
      });
      void message.success(t('resubmit.done', { round: saved.review.round }));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, ['materials']));
      }
    }
  };

  return (
    <ActionModal
      title={t('resubmit.title')}
      okText={t('resubmit.ok')}
      width={640}
      error={action.error}
      pending={action.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => action.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('resubmit.hint', { round: nextRound })}
      />
      <Form
        form={form}
        layout="vertical"
        name="resubmit"
        initialValues={{ materials: [''] }}
        onFinish={(values) => void submit(values)}
      >
        <LinesField
          name="materials"
          label={t('resubmit.materials')}
          lineLabel={t('resubmit.materials')}
          placeholder={t('resubmit.materialPlaceholder')}
          atLeastOneMessage={t('opinion.atLeastOne')}
          lineRequiredMessage={t('opinion.lineRequired')}
          maxLength={200}
        />
      </Form>
    </ActionModal>
  );
}
