import { App, Button, Drawer, Flex, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';

import type { VersionedDecision } from '../api/get-decision';
import { useChangeDecision, useProposeDecision } from '../api/save-decision';
import type { MajorDecisionRequest } from '../types';

type Values = {
  year: number;
  catalogueNumber?: number | null;
  title: string;
  description?: string;
  sponsor: string;
};
const formFields = ['year', 'catalogueNumber', 'title', 'description', 'sponsor'];

/** Propose a decision (POST with Idempotency-Key) or edit one (PUT with If-Match). */
export function DecisionDrawer({
  township,
  year,
  editing,
  onReload,
  onClose,
  onCreated,
}: {
  township: string;
  year: number;
  editing?: VersionedDecision;
  onReload?: () => Promise<unknown>;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation('decisions');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const propose = useProposeDecision(township);
  const change = useChangeDecision(township);
  const idempotency = useIdempotencyKey();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const mutation = editing ? change : propose;
  const stale = mutation.error instanceof ApiError && mutation.error.isStale;

  const submit = async (values: Values) => {
    const body: MajorDecisionRequest = {
      year: values.year,
      catalogueNumber: values.catalogueNumber ?? null,
      title: values.title.trim(),
      description: values.description?.trim() || null,
      sponsor: values.sponsor.trim(),
    };
    setFieldErrors([]);
    try {
      if (editing) {
        await change.mutateAsync({
          kind: 'revise',
          id: editing.decision.id,
          etag: editing.etag,
          body,
        });
        void message.success(t('form.updated'));
        onClose();
      } else {
        const saved = await propose.mutateAsync({
          body,
          idempotencyKey: idempotency.keyFor(body),
        });
        idempotency.reset();
        void message.success(t('form.created'));
        onCreated?.(saved.decision.id);
      }
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, formFields));
      }
    }
  };

  const reload = async () => {
    await onReload?.();
    change.reset();
    form.resetFields();
  };

  const decision = editing?.decision;
  return (
    <Drawer
      open
      size={560}
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <>
          {stale ? (
            <StaleRecordAlert onReload={() => void reload()} />
          ) : (
            <ProblemAlert
              error={mutation.error}
              hideFields={fieldErrors}
              style={{ marginBottom: 12 }}
            />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{tc('actions.cancel')}</Button>
            <Button
              type="primary"
              loading={mutation.isPending}
              disabled={stale}
              onClick={() => form.submit()}
            >
              {tc('actions.save')}
            </Button>
          </Flex>
        </>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="decision"
        initialValues={
          decision
            ? {
                year: decision.year,
                catalogueNumber: decision.catalogueNumber ?? null,
                title: decision.title,
                description: decision.description ?? '',
                sponsor: decision.sponsor,
              }
            : { year, title: '', sponsor: '' }
        }
        onFinish={(values) => void submit(values)}
      >
        <Flex gap={16}>
          <Form.Item
            name="year"
            label={t('form.year')}
            rules={[{ required: true, message: tc('form.required') }]}
            style={{ flex: 1 }}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="catalogueNumber"
            label={t('form.catalogueNumber')}
            extra={t('form.catalogueNumberHelp')}
            style={{ flex: 1 }}
          >
            <InputNumber min={1} max={999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="title"
          label={t('form.title')}
          rules={[
            { required: true, whitespace: true, message: tc('form.required') },
            { max: 200, message: tc('form.tooLong', { max: 200 }) },
          ]}
        >
          <Input maxLength={200} placeholder={t('form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="sponsor"
          label={t('form.sponsor')}
          rules={[
            { required: true, whitespace: true, message: tc('form.required') },
            { max: 100, message: tc('form.tooLong', { max: 100 }) },
          ]}
        >
          <Input maxLength={100} placeholder={t('form.sponsorPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('form.description')}
          rules={[{ max: 2000, message: tc('form.tooLong', { max: 2000 }) }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
