import { Alert, App, Form, Input, Typography } from 'antd';
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
import { useFormat } from '@/lib/format';

import { useDocumentAction, type DocumentAction } from '../api/document-actions';
import type { VersionedDocument } from '../api/get-document';

export type DocumentVerb =
  'submit-for-review' | 'issue' | 'amend' | 'repeal' | 're-evaluate' | 'expire';

type Values = {
  materials?: string[];
  reviewer?: string;
  number?: string;
  issuedOn?: Dayjs;
  effectiveOn?: Dayjs;
  validUntil?: Dayjs;
  amendedBy?: string;
  note?: string;
  repealedOn?: Dayjs;
  reason?: string;
  evaluatedOn?: Dayjs;
  conclusion?: string;
};

const formFields = [
  'materials',
  'reviewer',
  'number',
  'issuedOn',
  'effectiveOn',
  'validUntil',
  'amendedBy',
  'note',
  'repealedOn',
  'reason',
  'evaluatedOn',
  'conclusion',
];

const titles = {
  'submit-for-review': 'submit.title',
  issue: 'issue.title',
  amend: 'amend.title',
  repeal: 'repeal.title',
  're-evaluate': 'reevaluate.title',
  expire: 'expire.title',
} as const;

const okTexts = {
  'submit-for-review': 'submit.ok',
  issue: 'issue.ok',
  amend: 'amend.ok',
  repeal: 'repeal.ok',
  're-evaluate': 'reevaluate.ok',
  expire: 'expire.ok',
} as const;

/**
 * One action on a document in a dialog, with its fields; the API's refusal (LR-01 when the review has not
 * passed, LR-06 for a validity too long, LR-04 for the submitter as reviewer) shows by the OK button.
 */
export function DocumentActionModal({
  township,
  current,
  verb,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedDocument;
  verb: DocumentVerb;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('documents');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const [form] = Form.useForm<Values>();
  const action = useDocumentAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { document } = current;
  const required = (text: string) => ({ required: true, message: text });
  const date = (value: Dayjs | undefined) => toIsoDate(value) ?? '';

  const toAction = (values: Values): DocumentAction => {
    const base = { id: document.id, etag: current.etag };
    switch (verb) {
      case 'submit-for-review':
        return {
          ...base,
          action: verb,
          materials: cleanLines(values.materials),
          reviewer: values.reviewer?.trim() || undefined,
        };
      case 'issue':
        return {
          ...base,
          action: verb,
          number: (values.number ?? '').trim(),
          issuedOn: date(values.issuedOn),
          effectiveOn: date(values.effectiveOn),
          validUntil: toIsoDate(values.validUntil),
        };
      case 'amend':
        return {
          ...base,
          action: verb,
          amendedBy: values.amendedBy?.trim() || undefined,
          note: values.note?.trim() || undefined,
        };
      case 'repeal':
        return {
          ...base,
          action: verb,
          repealedOn: date(values.repealedOn),
          reason: (values.reason ?? '').trim(),
        };
      case 're-evaluate':
        return {
          ...base,
          action: verb,
          evaluatedOn: date(values.evaluatedOn),
          validUntil: toIsoDate(values.validUntil),
          conclusion: (values.conclusion ?? '').trim(),
        };
      case 'expire':
        return { ...base, action: verb };
    }
  };

  const done = (saved: VersionedDocument) => {
    switch (verb) {
      case 'submit-for-review':
        return t('submit.done');
      case 'issue':
        return t('issue.done', { title: saved.document.title });
      case 'amend':
        return t('amend.done');
      case 'repeal':
        return t('repeal.done', { title: saved.document.title });
      case 're-evaluate':
        return t('reevaluate.done', { until: format.date(saved.document.validUntil) });
      case 'expire':
        return t('expire.done');
    }
  };

  const submit = async (values: Values) => {
    setFieldErrors([]);
    try {
      const saved = await action.mutateAsync(toAction(values));
      void message.success(done(saved));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, formFields));
      }
    }
  };

  const today = dayjs();
  const initialValues: Values = {
    materials: t('submit.defaultMaterials')
      .split(/[；;]/)
      .map((line) => line.trim())
      .filter(Boolean),
    issuedOn: today,
    effectiveOn: today,
    repealedOn: today,
    evaluatedOn: today,
  };

  return (
    <ActionModal
      title={t(titles[verb])}
      okText={t(okTexts[verb])}
      danger={verb === 'repeal' || verb === 'expire'}
      width={verb === 'submit-for-review' ? 640 : 560}
      error={action.error}
      pending={action.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => action.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        《{document.title}》{document.number ? ` ${document.number}` : ''}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name={`document-${verb}`}
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
      >
        {verb === 'submit-for-review' && (
          <>
            <LinesField
              name="materials"
              label={t('submit.materials')}
              lineLabel={t('submit.materials')}
              help={t('submit.materialsHelp')}
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
        {verb === 'issue' && (
          <>
            <Alert
              type="info"
              showIcon
              title={t('detail.issueHint')}
              style={{ marginBottom: 16 }}
            />
            <Form.Item
              name="number"
              label={t('issue.number')}
              rules={[
                { required: true, whitespace: true, message: t('issue.numberRequired') },
                { max: 50, message: tc('form.tooLong', { max: 50 }) },
              ]}
            >
              <Input maxLength={50} autoComplete="off" placeholder={t('issue.numberPlaceholder')} />
            </Form.Item>
            <Form.Item
              name="issuedOn"
              label={t('issue.issuedOn')}
              rules={[required(t('issue.dateRequired'))]}
            >
              <DateInput />
            </Form.Item>
            <Form.Item
              name="effectiveOn"
              label={t('issue.effectiveOn')}
              rules={[required(t('issue.dateRequired'))]}
            >
              <DateInput />
            </Form.Item>
            <Form.Item
              name="validUntil"
              label={t('issue.validUntil')}
              extra={t('issue.validUntilHelp')}
            >
              <DateInput />
            </Form.Item>
          </>
        )}
        {verb === 'amend' && (
          <>
            <Form.Item
              name="amendedBy"
              label={t('amend.amendedBy')}
              rules={[{ max: 36, message: tc('form.tooLong', { max: 36 }) }]}
            >
              <Input maxLength={36} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="note"
              label={t('amend.note')}
              extra={t('amend.noteHelp')}
              dependencies={['amendedBy']}
              rules={[
                { max: 500, message: tc('form.tooLong', { max: 500 }) },
                ({ getFieldValue }) => ({
                  validator: async (_, value?: string) => {
                    const by = getFieldValue('amendedBy') as string | undefined;
                    if (!value?.trim() && !by?.trim()) throw new Error(t('amend.noteHelp'));
                  },
                }),
              ]}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </>
        )}
        {verb === 'repeal' && (
          <>
            <Form.Item
              name="repealedOn"
              label={t('repeal.repealedOn')}
              rules={[required(t('issue.dateRequired'))]}
            >
              <DateInput />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('repeal.reason')}
              rules={[
                { required: true, whitespace: true, message: t('repeal.reasonRequired') },
                { max: 500, message: tc('form.tooLong', { max: 500 }) },
              ]}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </>
        )}
        {verb === 're-evaluate' && (
          <>
            <Form.Item
              name="evaluatedOn"
              label={t('reevaluate.evaluatedOn')}
              rules={[required(t('issue.dateRequired'))]}
            >
              <DateInput />
            </Form.Item>
            <Form.Item
              name="validUntil"
              label={t('reevaluate.validUntil')}
              extra={t('reevaluate.validUntilHelp')}
            >
              <DateInput />
            </Form.Item>
            <Form.Item
              name="conclusion"
              label={t('reevaluate.conclusion')}
              rules={[
                { required: true, whitespace: true, message: t('reevaluate.conclusionRequired') },
                { max: 1000, message: tc('form.tooLong', { max: 1000 }) },
              ]}
            >
              <Input.TextArea rows={4} maxLength={1000} showCount />
            </Form.Item>
          </>
        )}
        {verb === 'expire' && (
          <Typography.Paragraph>
            {t('expire.confirm', {
              title: document.title,
              until: format.date(document.validUntil),
            })}
          </Typography.Paragraph>
        )}
      </Form>
    </ActionModal>
  );
}
