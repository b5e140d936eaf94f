import { Alert, App, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { DateInput } from '@/components/date-input';
import { ApiError } from '@/lib/api/problem';
import { toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';

import { usePlanChange, type VersionedPlan } from '../api/plans';

export type PlanVerb = 'file' | 'publish';

/** The leader records the county's filing (备案) of a draft plan, then publishes the filed plan. */
export function PlanActionModal({
  township,
  current,
  verb,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedPlan;
  verb: PlanVerb;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ filedOn?: Dayjs; filingReference?: string }>();
  const change = usePlanChange(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { plan } = current;

  const submit = async (values: { filedOn?: Dayjs; filingReference?: string }) => {
    setFieldErrors([]);
    try {
      if (verb === 'file') {
        await change.mutateAsync({
          kind: 'file',
          id: plan.id,
          etag: current.etag,
          filedOn: toIsoDate(values.filedOn) ?? '',
          filingReference: (values.filingReference ?? '').trim(),
        });
        void message.success(t('plans.filedDone'));
      } else {
        const saved = await change.mutateAsync({
          kind: 'publish',
          id: plan.id,
          etag: current.etag,
        });
        void message.success(t('plans.publishedDone', { title: saved.plan.title }));
      }
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(
          showViolations(form, caught.problem.violations, ['filedOn', 'filingReference']),
        );
      }
    }
  };

  return (
    <ActionModal
      title={verb === 'file' ? t('plans.fileTitle') : t('plans.publishTitle')}
      okText={verb === 'file' ? t('plans.file') : t('plans.publish')}
      error={change.error}
      pending={change.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => change.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{plan.title}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name={`plan-${verb}`}
        initialValues={{ filedOn: dayjs() }}
        onFinish={(values) => void submit(values)}
      >
        {verb === 'file' ? (
          <>
            <Alert type="info" showIcon title={t('plans.fileHint')} style={{ marginBottom: 16 }} />
            <Form.Item
              name="filedOn"
              label={t('plans.filedOn')}
              rules={[{ required: true, message: t('plans.form.required') }]}
            >
              <DateInput />
            </Form.Item>
            <Form.Item
              name="filingReference"
              label={t('plans.filingReference')}
              rules={[
                { required: true, whitespace: true, message: t('plans.form.required') },
                { max: 100, message: tc('form.tooLong', { max: 100 }) },
              ]}
            >
              <Input
                maxLength={100}
                autoComplete="off"
                placeholder={t('plans.filingReferencePlaceholder')}
              />
            </Form.Item>
          </>
        ) : (
          <Typography.Paragraph>
            {t('plans.publishConfirm', { title: plan.title })}
          </Typography.Paragraph>
        )}
      </Form>
    </ActionModal>
  );
}
