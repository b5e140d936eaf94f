import { App, Checkbox, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { DateInput } from '@/components/date-input';
import { ApiError } from '@/lib/api/problem';
import { toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';

import {
  useInspectionChange,
  type InspectionChange,
  type VersionedInspection,
} from '../api/inspections';
import { results, type InspectionResult } from '../types';

export type InspectionVerb = 'approve' | 'notify' | 'record-result';

type Values = {
  exceedYearlyCap?: boolean;
  notifiedOn?: Dayjs;
  inspectedOn?: Dayjs;
  result?: InspectionResult;
  findings?: string;
  rectificationDueOn?: Dayjs;
  caseReference?: string;
};

const formFields = [
  'notifiedOn',
  'inspectedOn',
  'result',
  'findings',
  'rectificationDueOn',
  'caseReference',
];

const titles = {
  approve: 'actions.approveTitle',
  notify: 'actions.notifyTitle',
  'record-result': 'actions.recordTitle',
} as const;
const okTexts = {
  approve: 'actions.approve',
  notify: 'actions.notify',
  'record-result': 'actions.recordResult',
} as const;
const dones = {
  approve: 'actions.approved',
  notify: 'actions.notified',
  'record-result': 'actions.recorded',
} as const;

/**
 * One step of an inspection in a dialog: the leader's approval (with the ENF-14 exception for a
 * case-triggered one), the notice, the result. A refusal (ENF-01, ENF-02, ENF-14) shows by the button.
 */
export function InspectionActionModal({
  township,
  current,
  verb,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedInspection;
  verb: InspectionVerb;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useInspectionChange(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { inspection } = current;
  const result = Form.useWatch('result', form);
  const required = { required: true, message: t('actions.required') };
  const date = (value: Dayjs | undefined) => toIsoDate(value) ?? '';

  const toChange = (values: Values): InspectionChange => {
    const base = { id: inspection.id, etag: current.etag };
    switch (verb) {
      case 'approve':
        return { ...base, kind: verb, exceedYearlyCap: Boolean(values.exceedYearlyCap) };
      case 'notify':
        return { ...base, kind: verb, notifiedOn: date(values.notifiedOn) };
      case 'record-result':
        return {
          ...base,
          kind: verb,
          body: {
            inspectedOn: date(values.inspectedOn),
            result: values.result as InspectionResult,
            findings: values.findings?.trim() || null,
            rectificationDueOn:
              values.result === 'RECTIFICATION_ORDERED'
                ? (toIsoDate(values.rectificationDueOn) ?? null)
                : null,
            caseReference:
              values.result === 'CASE_OPENED' ? values.caseReference?.trim() || null : null,
          },
        };
    }
  };

  const submit = async (values: Values) => {
    setFieldErrors([]);
    try {
      await change.mutateAsync(toChange(values));
      void message.success(t(dones[verb]));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, formFields));
      }
    }
  };

  const today = dayjs();
  const planned = dayjs(inspection.plannedOn);

  return (
    <ActionModal
      title={t(titles[verb])}
      okText={t(okTexts[verb])}
      error={change.error}
      pending={change.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => change.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {inspection.enterprise.name} · {inspection.item.code} {inspection.item.name}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name={`inspection-${verb}`}
        initialValues={{
          notifiedOn: today,
          inspectedOn: planned.isAfter(today, 'day') ? today : planned,
          result: 'NO_PROBLEM',
        }}
        onFinish={(values) => void submit(values)}
      >
        {verb === 'approve' && (
          <>
            <Typography.Paragraph>{t('actions.approveConfirm')}</Typography.Paragraph>
            {inspection.reason === 'CASE_TRIGGERED' && (
              <Form.Item name="exceedYearlyCap" valuePropName="checked">
                <Checkbox>{t('actions.exceedYearlyCap')}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        {verb === 'notify' && (
          <Form.Item name="notifiedOn" label={t('actions.notifiedOn')} rules={[required]}>
            <DateInput disabledDate={(day) => day.isAfter(today, 'day')} />
          </Form.Item>
        )}
        {verb === 'record-result' && (
          <>
            <Form.Item name="inspectedOn" label={t('actions.inspectedOn')} rules={[required]}>
              <DateInput disabledDate={(day) => day.isAfter(today, 'day')} />
            </Form.Item>
            <Form.Item name="result" label={t('actions.result')} rules={[required]}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={results.map((value) => ({ value, label: t(`result.${value}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="findings"
              label={t('actions.findings')}
              rules={[
                ...(result && result !== 'NO_PROBLEM' ? [{ ...required, whitespace: true }] : []),
                { max: 2000, message: tc('form.tooLong', { max: 2000 }) },
              ]}
            >
              <Input.TextArea
                rows={3}
                maxLength={2000}
                showCount
                placeholder={t('actions.findingsPlaceholder')}
              />
            </Form.Item>
            {result === 'RECTIFICATION_ORDERED' && (
              <Form.Item
                name="rectificationDueOn"
                label={t('actions.rectificationDueOn')}
                dependencies={['inspectedOn']}
                rules={[
                  required,
                  ({ getFieldValue }) => ({
                    validator: async (_, value: Dayjs | undefined) => {
                      const on = getFieldValue('inspectedOn') as Dayjs | undefined;
                      if (value && on && !value.isAfter(on, 'day')) {
                        throw new Error(t('actions.dueAfterInspection'));
                      }
                    },
                  }),
                ]}
              >
                <DateInput />
              </Form.Item>
            )}
            {result === 'CASE_OPENED' && (
              <Form.Item
                name="caseReference"
                label={t('actions.caseReference')}
                rules={[{ max: 100, message: tc('form.tooLong', { max: 100 }) }]}
              >
                <Input
                  maxLength={100}
                  autoComplete="off"
                  placeholder={t('actions.caseReferencePlaceholder')}
                />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </ActionModal>
  );
}
