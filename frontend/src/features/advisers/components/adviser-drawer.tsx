import { App, Button, Drawer, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { ApiError } from '@/lib/api/problem';
import { fromIsoDate, toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';

import { useSaveAdviser, type VersionedAdviser } from '../api/advisers';
import type { LegalAdviserRequest } from '../types';

type Values = {
  name: string;
  lawFirm: string;
  engagedFrom?: Dayjs;
  engagedUntil?: Dayjs;
  scope?: string;
};
const formFields = ['name', 'lawFirm', 'engagedFrom', 'engagedUntil', 'scope'];

/** Engage an adviser (POST with Idempotency-Key) or edit the engagement (PUT with If-Match). */
export function AdviserDrawer({
  township,
  editing,
  onReload,
  onClose,
  onSaved,
}: {
  township: string;
  editing?: VersionedAdviser;
  onReload?: () => Promise<unknown>;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation('advisers');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveAdviser(township);
  const idempotency = useIdempotencyKey();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const stale = save.error instanceof ApiError && save.error.isStale;

  const submit = async (values: Values) => {
    const body: LegalAdviserRequest = {
      name: values.name.trim(),
      lawFirm: values.lawFirm.trim(),
      engagedFrom: toIsoDate(values.engagedFrom) ?? '',
      engagedUntil: toIsoDate(values.engagedUntil) ?? '',
      scope: values.scope?.trim() || null,
    };
    setFieldErrors([]);
    try {
      const saved = editing
        ? await save.mutateAsync({
            kind: 'update',
            id: editing.adviser.id,
            etag: editing.etag,
            body,
          })
        : await save.mutateAsync({
            kind: 'engage',
            body,
            idempotencyKey: idempotency.keyFor(body),
          });
      idempotency.reset();
      void message.success(
        editing
          ? t('form.updated', { name: saved.adviser.name })
          : t('form.created', { name: saved.adviser.name }),
      );
      onSaved?.(saved.adviser.id);
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, formFields));
      }
    }
  };

  const reload = async () => {
    await onReload?.();
    save.reset();
    form.resetFields();
  };

  const adviser = editing?.adviser;
  const year = dayjs().year();
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
              error={save.error}
              hideFields={fieldErrors}
              style={{ marginBottom: 12 }}
            />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{tc('actions.cancel')}</Button>
            <Button
              type="primary"
              loading={save.isPending}
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
        name="adviser"
        initialValues={
          adviser
            ? {
                name: adviser.name,
                lawFirm: adviser.lawFirm,
                engagedFrom: fromIsoDate(adviser.engagedFrom),
                engagedUntil: fromIsoDate(adviser.engagedUntil),
                scope: adviser.scope ?? '',
              }
            : {
                name: '',
                lawFirm: '',
                engagedFrom: dayjs(`${year}-01-01`),
                engagedUntil: dayjs(`${year}-12-31`),
              }
        }
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('form.name')}
          rules={[
            { required: true, whitespace: true, message: tc('form.required') },
            { max: 50, message: tc('form.tooLong', { max: 50 }) },
          ]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="lawFirm"
          label={t('form.lawFirm')}
          rules={[
            { required: true, whitespace: true, message: tc('form.required') },
            { max: 100, message: tc('form.tooLong', { max: 100 }) },
          ]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="engagedFrom"
            label={t('form.engagedFrom')}
            rules={[{ required: true, message: tc('form.required') }]}
            style={{ flex: 1 }}
          >
            <DateInput />
          </Form.Item>
          <Form.Item
            name="engagedUntil"
            label={t('form.engagedUntil')}
            rules={[{ required: true, message: tc('form.required') }]}
            style={{ flex: 1 }}
          >
            <DateInput />
          </Form.Item>
        </Flex>
        <Form.Item
          name="scope"
          label={t('form.scope')}
          rules={[{ max: 1000, message: tc('form.tooLong', { max: 1000 }) }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={t('form.scopePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
