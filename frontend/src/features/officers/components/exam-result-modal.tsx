import { Alert, App, Form, Input, InputNumber, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { DateInput } from '@/components/date-input';
import { ApiError, etagForVersion } from '@/lib/api/problem';
import { toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';

import { useExamChange, useExamRegistration } from '../api/exam-registrations';
import { examResults, type ExamRegistration, type ExamResultKind } from '../types';

type Values = {
  result: ExamResultKind;
  score?: number;
  certificate?: { number?: string; issuedOn?: Dayjs; expiresOn?: Dayjs };
};

const formFields = [
  'result',
  'score',
  'certificate',
  'certificate.number',
  'certificate.issuedOn',
  'certificate.expiresOn',
];

/**
 * Record the exam result once: a pass with score and the certificate it issues (which lands in the
 * officer register), a fail with its score, or an absence.
 */
export function ExamResultModal({
  township,
  registration,
  onClose,
}: {
  township: string;
  registration: ExamRegistration;
  onClose: () => void;
}) {
  const { t } = useTranslation('officers');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const [form] = Form.useForm<Values>();
  const record = useExamRegistration(township, registration.id);
  const change = useExamChange(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const result = Form.useWatch('result', form) ?? 'PASSED';
  const current = record.data ?? {
    registration,
    etag: etagForVersion(registration.version),
  };

  const submit = async (values: Values) => {
    setFieldErrors([]);
    const passed = values.result === 'PASSED';
    try {
      const saved = await change.mutateAsync({
        kind: 'record-result',
        id: registration.id,
        etag: current.etag,
        body: {
          result: values.result,
          score: values.result === 'ABSENT' ? null : (values.score ?? null),
          certificate: passed
            ? {
                number: (values.certificate?.number ?? '').trim(),
                issuedOn: toIsoDate(values.certificate?.issuedOn) ?? '',
                expiresOn: toIsoDate(values.certificate?.expiresOn) ?? '',
              }
            : null,
        },
      });
      const done = saved.registration;
      void message.success(
        done.status === 'PASSED' && done.certificate
          ? t('exams.result.issued', { name: done.personName, number: done.certificate.number })
          : t('exams.result.recorded', { name: done.personName }),
      );
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, formFields));
      }
    }
  };

  const issued = dayjs();

  return (
    <ActionModal
      title={t('exams.result.title', { name: registration.personName })}
      okText={t('exams.result.ok')}
      error={change.error}
      pending={change.isPending}
      hideFields={fieldErrors}
      onReload={() => void record.refetch().then(() => change.reset())}
      reloading={record.isFetching}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {registration.examYear} · {format.date(registration.examDate)} ·{' '}
        {t(`department.${registration.department}`)}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="exam-result"
        initialValues={{
          result: 'PASSED',
          certificate: { issuedOn: issued, expiresOn: issued.add(5, 'year').subtract(1, 'day') },
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="result" label={t('exams.result.result')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={examResults.map((value) => ({ value, label: t(`exams.status.${value}`) }))}
          />
        </Form.Item>
        {result !== 'ABSENT' && (
          <Form.Item
            name="score"
            label={t('exams.result.score')}
            rules={[{ required: true, message: t('exams.result.scoreRequired') }]}
          >
            <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
          </Form.Item>
        )}
        {result === 'PASSED' && (
          <>
            <Typography.Title level={5}>{t('exams.result.certificateTitle')}</Typography.Title>
            <Alert
              type="info"
              showIcon
              title={t('exams.result.certificateHelp')}
              style={{ marginBottom: 16 }}
            />
            <Form.Item
              name={['certificate', 'number']}
              label={t('exams.result.certificateNumber')}
              rules={[
                { required: true, whitespace: true, message: t('exams.result.numberRequired') },
                { max: 40, message: tc('form.tooLong', { max: 40 }) },
              ]}
            >
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name={['certificate', 'issuedOn']}
              label={t('exams.result.issuedOn')}
              rules={[{ required: true, message: t('exams.result.dateRequired') }]}
            >
              <DateInput />
            </Form.Item>
            <Form.Item
              name={['certificate', 'expiresOn']}
              label={t('exams.result.expiresOn')}
              dependencies={[['certificate', 'issuedOn']]}
              rules={[
                { required: true, message: t('exams.result.dateRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_, value: Dayjs | undefined) => {
                    const from = getFieldValue(['certificate', 'issuedOn']) as Dayjs | undefined;
                    if (value && from && !value.isAfter(from, 'day')) {
                      throw new Error(t('exams.result.expiresAfterIssue'));
                    }
                  },
                }),
              ]}
            >
              <DateInput />
            </Form.Item>
          </>
        )}
      </Form>
    </ActionModal>
  );
}
