import { Button, Drawer, Flex, Skeleton, App } from 'antd';
import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { ApiError } from '@/lib/api/problem';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { showViolations } from '@/lib/form-errors';

import { useOfficer } from '../api/get-officer';
import { useRegisterOfficer, useUpdateOfficer } from '../api/save-officer';

import { OfficerFormFields } from './officer-form-fields';
import {
  emptyOfficerForm,
  officerFormFields,
  toFormValues,
  toRequest,
  type OfficerFormValues,
} from './officer-form';

export type DrawerTarget = { mode: 'create' } | { mode: 'edit'; id: string };

type Props = {
  township: string;
  target: DrawerTarget;
  onClose: () => void;
};

/** Register (POST) or edit (PUT with If-Match) an officer. */
export function OfficerDrawer({ township, target, onClose }: Props) {
  const { t } = useTranslation('officers');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficerFormValues>();
  const editing = target.mode === 'edit' ? target.id : undefined;
  const record = useOfficer(township, editing);
  const register = useRegisterOfficer(township);
  const update = useUpdateOfficer(township);
  const idempotency = useIdempotencyKey();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);

  const mutation = editing ? update : register;
  const error = mutation.error;
  const stale = error instanceof ApiError && error.isStale;

  const submit = async (values: OfficerFormValues) => {
    const body = toRequest(values);
    setFieldErrors([]);
    try {
      if (editing) {
        if (!record.data) return;
        const saved = await update.mutateAsync({ id: editing, etag: record.data.etag, body });
        void message.success(t('form.updated', { name: saved.officer.name }));
      } else {
        const saved = await register.mutateAsync({
          body,
          idempotencyKey: idempotency.keyFor(body),
        });
        idempotency.reset();
        void message.success(t('form.created', { name: saved.officer.name }));
      }
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, officerFormFields));
      }
    }
  };

  const reload = async () => {
    const fresh = await record.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toFormValues(fresh.data.officer));
    }
    update.reset();
  };

  const loadingRecord = Boolean(editing) && record.isPending;

  return (
    <Drawer
      open
      size={560}
      title={editing ? t('form.editTitle') : t('form.registerTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <>
          {stale ? (
            <StaleRecordAlert onReload={() => void reload()} reloading={record.isFetching} />
          ) : (
            <ProblemAlert error={error} hideFields={fieldErrors} style={{ marginBottom: 12 }} />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{tc('actions.cancel')}</Button>
            <Button
              type="primary"
              loading={mutation.isPending}
              disabled={loadingRecord || stale}
              onClick={() => form.submit()}
            >
              {tc('actions.save')}
            </Button>
          </Flex>
        </>
      }
    >
      {record.isError ? (
        <ProblemAlert error={record.error} />
      ) : loadingRecord ? (
        <Skeleton active />
      ) : (
        <Form<OfficerFormValues>
          form={form}
          layout="vertical"
          name="officer"
          initialValues={record.data ? toFormValues(record.data.officer) : emptyOfficerForm}
          onFinish={(values) => void submit(values)}
          scrollToFirstError
        >
          <OfficerFormFields />
        </Form>
      )}
    </Drawer>
  );
}
