import { Alert, App, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { DateInput } from '@/components/date-input';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { ApiError } from '@/lib/api/problem';
import { toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';

import { useCleanUpAction, useOpenCleanUp, type VersionedCleanUp } from '../api/clean-ups';
import { useDocuments } from '../api/get-documents';
import { verdicts, type CleanUpVerdict } from '../types';

/** Open a clean-up campaign (POST with Idempotency-Key). */
export function OpenCleanUpModal({
  township,
  onClose,
  onOpened,
}: {
  township: string;
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const { t } = useTranslation('documents');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; heldOn?: Dayjs }>();
  const open = useOpenCleanUp(township);
  const idempotency = useIdempotencyKey();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);

  const submit = async (values: { name: string; heldOn?: Dayjs }) => {
    const body = { name: values.name.trim(), heldOn: toIsoDate(values.heldOn) ?? '' };
    setFieldErrors([]);
    try {
      const saved = await open.mutateAsync({ ...body, idempotencyKey: idempotency.keyFor(body) });
      idempotency.reset();
      void message.success(t('cleanUps.created'));
      onOpened(saved.cleanUp.id);
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, ['name', 'heldOn']));
      }
    }
  };

  return (
    <ActionModal
      title={t('cleanUps.createTitle')}
      okText={tc('actions.save')}
      error={open.error}
      pending={open.isPending}
      hideFields={fieldErrors}
      onReload={() => open.reset()}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        name="clean-up"
        initialValues={{ name: '', heldOn: dayjs() }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('cleanUps.name')}
          rules={[
            { required: true, whitespace: true, message: t('cleanUps.nameRequired') },
            { max: 100, message: tc('form.tooLong', { max: 100 }) },
          ]}
        >
          <Input maxLength={100} placeholder={t('cleanUps.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={t('cleanUps.heldOn')}
          rules={[{ required: true, message: t('cleanUps.dateRequired') }]}
        >
          <DateInput />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}

type DecideValues = { documentId?: string; verdict?: CleanUpVerdict; reason?: string };

/** A campaign's decision on one document in force: keep, amend or repeal, with the reason. */
export function DecideModal({
  township,
  current,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedCleanUp;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('documents');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const action = useCleanUpAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const inForce = useDocuments(township, {
    page: 0,
    size: 200,
    status: 'EFFECTIVE',
    sort: 'number,asc',
  });

  const submit = async (values: DecideValues) => {
    setFieldErrors([]);
    try {
      await action.mutateAsync({
        action: 'decide',
        id: current.cleanUp.id,
        etag: current.etag,
        documentId: values.documentId ?? '',
        verdict: values.verdict ?? 'KEEP',
        reason: (values.reason ?? '').trim(),
      });
      void message.success(t('cleanUps.decided'));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(
          showViolations(form, caught.problem.violations, ['documentId', 'verdict', 'reason']),
        );
      }
    }
  };

  return (
    <ActionModal
      title={t('cleanUps.decideTitle')}
      okText={tc('actions.save')}
      width={640}
      error={action.error}
      pending={action.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => action.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<DecideValues>
        form={form}
        layout="vertical"
        name="clean-up-decision"
        initialValues={{ verdict: 'KEEP' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="documentId"
          label={t('cleanUps.document')}
          rules={[{ required: true, message: t('cleanUps.documentRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={inForce.isPending}
            options={(inForce.data?.items ?? []).map((document) => ({
              value: document.id,
              label: `${document.number ?? ''} ${document.title}`.trim(),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="verdict"
          label={t('cleanUps.verdictLabel')}
          rules={[{ required: true, message: t('cleanUps.verdictRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={verdicts.map((value) => ({
              value,
              label: t(`cleanUps.verdict.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('cleanUps.reason')}
          rules={[
            { required: true, whitespace: true, message: t('cleanUps.reasonRequired') },
            { max: 500, message: tc('form.tooLong', { max: 500 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}

/** Close the campaign: the documents it decided to repeal are repealed on the closing day. */
export function CloseCleanUpModal({
  township,
  current,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedCleanUp;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('documents');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ closedOn?: Dayjs }>();
  const action = useCleanUpAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);

  const submit = async (values: { closedOn?: Dayjs }) => {
    setFieldErrors([]);
    try {
      await action.mutateAsync({
        action: 'close',
        id: current.cleanUp.id,
        etag: current.etag,
        closedOn: toIsoDate(values.closedOn) ?? '',
      });
      void message.success(t('cleanUps.closed'));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, ['closedOn']));
      }
    }
  };

  return (
    <ActionModal
      title={t('cleanUps.closeTitle')}
      okText={t('cleanUps.close')}
      danger
      error={action.error}
      pending={action.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => action.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon title={t('cleanUps.closeHint')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        name="clean-up-close"
        initialValues={{ closedOn: dayjs() }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="closedOn"
          label={t('cleanUps.closedOn')}
          rules={[{ required: true, message: t('cleanUps.dateRequired') }]}
        >
          <DateInput />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
