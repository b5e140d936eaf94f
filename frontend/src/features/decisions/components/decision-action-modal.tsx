import { Alert, App, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { DateInput } from '@/components/date-input';
import { PersonSelect } from '@/components/people/person-select';
import { cleanLines, LinesField } from '@/components/lines-field';
import { ApiError } from '@/lib/api/problem';
import { toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';

import type { VersionedDecision } from '../api/get-decision';
import { useChangeDecision, type DecisionChange } from '../api/save-decision';

export type DecisionVerb = 'submit-for-review' | 'adopt' | 'publish';

type Values = { materials?: string[]; reviewer?: string; adoptedOn?: Dayjs; publishedOn?: Dayjs };

const texts = {
  'submit-for-review': { title: 'submit.title', ok: 'submit.ok', done: 'submit.done' },
  adopt: { title: 'adopt.title', ok: 'adopt.ok', done: 'adopt.done' },
  publish: { title: 'publish.title', ok: 'publish.ok', done: 'publish.done' },
} as const;

/** Submit for legality review, adopt (LR-02) or publish, with the refusal by the OK button. */
export function DecisionActionModal({
  township,
  current,
  verb,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedDecision;
  verb: DecisionVerb;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('decisions');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangeDecision(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { decision } = current;

  const toChange = (values: Values): DecisionChange => {
    const record = { id: decision.id, etag: current.etag };
    switch (verb) {
      case 'submit-for-review':
        return {
          ...record,
          kind: verb,
          materials: cleanLines(values.materials),
          reviewer: values.reviewer?.trim() || undefined,
        };
      case 'adopt':
        return { ...record, kind: verb, adoptedOn: toIsoDate(values.adoptedOn) ?? '' };
      case 'publish':
        return { ...record, kind: verb, publishedOn: toIsoDate(values.publishedOn) ?? '' };
    }
  };

  const submit = async (values: Values) => {
    setFieldErrors([]);
    try {
      await change.mutateAsync(toChange(values));
      void message.success(t(texts[verb].done));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(
          showViolations(form, caught.problem.violations, [
            'materials',
            'reviewer',
            'adoptedOn',
            'publishedOn',
          ]),
        );
      }
    }
  };

  return (
    <ActionModal
      title={t(texts[verb].title)}
      okText={t(texts[verb].ok)}
      width={verb === 'submit-for-review' ? 640 : 520}
      error={change.error}
      pending={change.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => change.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{decision.title}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name={`decision-${verb}`}
        initialValues={{
          materials: t('submit.defaultMaterials')
            .split(/[；;]/)
            .map((line) => line.trim())
            .filter(Boolean),
          adoptedOn: dayjs(),
          publishedOn: dayjs(),
        }}
        onFinish={(values) => void submit(values)}
      >
        {verb === 'submit-for-review' && (
          <>
            <LinesField
              name="materials"
              label={t('submit.materials')}
              lineLabel={t('submit.materials')}
              placeholder={t('submit.materialPlaceholder')}
              atLeastOneMessage={t('submit.atLeastOne')}
              lineRequiredMessage={t('submit.lineRequired')}
              maxLength={200}
            />
            <Form.Item
              name="reviewer"
              label={t('submit.reviewer')}
              extra={t('submit.reviewerHelp')}
              rules={[{ max: 100, message: tc('form.tooLong', { max: 100 }) }]}
            >
              <PersonSelect township={township} role="legal-reviewer" allowClear />
            </Form.Item>
          </>
        )}
        {verb === 'adopt' && (
          <>
            <Alert type="info" showIcon title={t('adopt.hint')} style={{ marginBottom: 16 }} />
            <Form.Item
              name="adoptedOn"
              label={t('adopt.adoptedOn')}
              rules={[{ required: true, message: tc('form.required') }]}
            >
              <DateInput />
            </Form.Item>
          </>
        )}
        {verb === 'publish' && (
          <Form.Item
            name="publishedOn"
            label={t('publish.publishedOn')}
            rules={[{ required: true, message: tc('form.required') }]}
          >
            <DateInput />
          </Form.Item>
        )}
      </Form>
    </ActionModal>
  );
}
