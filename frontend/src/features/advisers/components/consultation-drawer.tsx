import { App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { ApiError, etagForVersion } from '@/lib/api/problem';
import { fromIsoDate, toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';

import { useSaveConsultation } from '../api/advisers';
import {
  linkedRecordTypes,
  type Consultation,
  type ConsultationRequest,
  type LinkedRecordType,
} from '../types';

type Values = {
  consultedOn?: Dayjs;
  subject: string;
  advice: string;
  linkedRecordType?: LinkedRecordType;
  linkedRecordId?: string;
};
const formFields = ['consultedOn', 'subject', 'advice', 'linkedRecordType', 'linkedRecordId'];

/** Log a consultation (POST with Idempotency-Key) or correct one (PUT with If-Match). */
export function ConsultationDrawer({
  township,
  adviserId,
  editing,
  onClose,
}: {
  township: string;
  adviserId: string;
  editing?: Consultation;
  onClose: () => void;
}) {
  const { t } = useTranslation('advisers');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveConsultation(township, adviserId);
  const idempotency = useIdempotencyKey();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const stale = save.error instanceof ApiError && save.error.isStale;

  const submit = async (values: Values) => {
    const body: ConsultationRequest = {
      consultedOn: toIsoDate(values.consultedOn) ?? '',
      subject: values.subject.trim(),
      advice: values.advice.trim(),
      linkedRecordType: values.linkedRecordType ?? null,
      linkedRecordId: values.linkedRecordId?.trim() || null,
    };
    setFieldErrors([]);
    try {
      if (editing) {
        await save.mutateAsync({
          kind: 'update',
          consultationId: editing.id,
          etag: etagForVersion(editing.version),
          body,
        });
      } else {
        await save.mutateAsync({ kind: 'log', body, idempotencyKey: idempotency.keyFor(body) });
        idempotency.reset();
      }
      void message.success(editing ? t('consultation.updated') : t('consultation.logged'));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, formFields));
      }
    }
  };

  return (
    <Drawer
      open
      size={600}
      title={editing ? t('consultation.editTitle') : t('consultation.createTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <>
          {stale ? (
            // the list was refreshed when the drawer opened; close and reopen to edit the latest
            <StaleRecordAlert onReload={onClose} />
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
        name="consultation"
        initialValues={
          editing
            ? {
                consultedOn: fromIsoDate(editing.consultedOn),
                subject: editing.subject,
                advice: editing.advice,
                linkedRecordType: editing.linkedRecordType ?? undefined,
                linkedRecordId: editing.linkedRecordId ?? undefined,
              }
            : { consultedOn: dayjs(), subject: '', advice: '' }
        }
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="consultedOn"
          label={t('consultation.consultedOn')}
          rules={[{ required: true, message: tc('form.required') }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('consultation.subject')}
          rules={[
            { required: true, whitespace: true, message: tc('form.required') },
            { max: 200, message: tc('form.tooLong', { max: 200 }) },
          ]}
        >
          <Input maxLength={200} placeholder={t('consultation.subjectPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="advice"
          label={t('consultation.advice')}
          rules={[
            { required: true, whitespace: true, message: tc('form.required') },
            { max: 4000, message: tc('form.tooLong', { max: 4000 }) },
          ]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="linkedRecordType"
            label={t('consultation.linkedType')}
            extra={t('consultation.linkedHelp')}
            style={{ flex: 1 }}
          >
            <Select
              allowClear
              options={linkedRecordTypes.map((value) => ({ value, label: t(`linked.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="linkedRecordId"
            label={t('consultation.linkedId')}
            style={{ flex: 1 }}
            rules={[{ max: 100, message: tc('form.tooLong', { max: 100 }) }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
