import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { PersonSelect } from '@/components/people/person-select';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';

import type { VersionedReview } from '../api/get-review';
import { useReviewAction } from '../api/review-actions';

/** Assign (or reassign) the open round to a legal reviewer; never to a submitter (LR-04). */
export function AssignModal({
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
  const [form] = Form.useForm<{ reviewer: string }>();
  const action = useReviewAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);

  const submit = async ({ reviewer }: { reviewer: string }) => {
    setFieldErrors([]);
    try {
      await action.mutateAsync({
        action: 'assign',
        id: current.review.id,
        etag: current.etag,
        reviewer: reviewer.trim(),
      });
      void message.success(t('assign.done', { reviewer: reviewer.trim() }));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, ['reviewer']));
      }
    }
  };

  return (
    <ActionModal
      title={t('assign.title')}
      okText={t('assign.ok')}
      error={action.error}
      pending={action.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => action.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        name="assign"
        initialValues={{ reviewer: current.review.reviewer ?? '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="reviewer"
          label={t('assign.reviewer')}
          extra={t('assign.reviewerHelp')}
          rules={[
            { required: true, whitespace: true, message: t('assign.reviewerRequired') },
            { max: 100 },
          ]}
        >
          <PersonSelect township={township} role="legal-reviewer" />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
