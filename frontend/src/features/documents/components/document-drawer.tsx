import { App, Button, Drawer, Flex, Form, Input, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';

import type { VersionedDocument } from '../api/get-document';
import { useCreateDocument, useUpdateDocument } from '../api/save-document';
import type { DocumentRequest } from '../types';

type Values = { title: string; issuer: string; provisional: boolean };
const formFields = ['title', 'issuer', 'provisional'];

/** Register a draft (POST with Idempotency-Key) or edit one (PUT with If-Match). */
export function DocumentDrawer({
  township,
  editing,
  onReload,
  onClose,
  onCreated,
}: {
  township: string;
  /** The document to edit; a new draft when absent. */
  editing?: VersionedDocument;
  onReload?: () => Promise<unknown>;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation('documents');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateDocument(township);
  const update = useUpdateDocument(township);
  const idempotency = useIdempotencyKey();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const mutation = editing ? update : create;
  const stale = mutation.error instanceof ApiError && mutation.error.isStale;

  const submit = async (values: Values) => {
    const body: DocumentRequest = {
      title: values.title.trim(),
      issuer: values.issuer.trim(),
      provisional: values.provisional,
    };
    setFieldErrors([]);
    try {
      if (editing) {
        const saved = await update.mutateAsync({
          id: editing.document.id,
          etag: editing.etag,
          body,
        });
        void message.success(t('form.updated', { title: saved.document.title }));
        onClose();
      } else {
        const saved = await create.mutateAsync({ body, idempotencyKey: idempotency.keyFor(body) });
        idempotency.reset();
        void message.success(t('form.created', { title: saved.document.title }));
        onCreated?.(saved.document.id);
      }
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, formFields));
      }
    }
  };

  const reload = async () => {
    await onReload?.();
    update.reset();
    form.resetFields();
  };

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
        name="document"
        initialValues={
          editing
            ? {
                title: editing.document.title,
                issuer: editing.document.issuer,
                provisional: editing.document.provisional,
              }
            : { title: '', issuer: '', provisional: false }
        }
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="title"
          label={t('form.title')}
          rules={[
            { required: true, whitespace: true, message: t('form.titleRequired') },
            { max: 200, message: tc('form.tooLong', { max: 200 }) },
          ]}
        >
          <Input maxLength={200} autoComplete="off" placeholder={t('form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t('form.issuer')}
          rules={[
            { required: true, whitespace: true, message: t('form.issuerRequired') },
            { max: 100, message: tc('form.tooLong', { max: 100 }) },
          ]}
        >
          <Input maxLength={100} autoComplete="off" placeholder={t('form.issuerPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="provisional"
          label={t('form.provisional')}
          valuePropName="checked"
          extra={t('form.provisionalHelp')}
        >
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
