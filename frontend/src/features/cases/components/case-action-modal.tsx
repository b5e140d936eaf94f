import { App, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';

import type { VersionedCase } from '../api/get-case';
import { useCaseAction, type CaseAction } from '../api/save-case';
import type { CaseVerb } from '../types';

import { formFieldOf, formFields, type ActionValues } from './actions/values';
import { verbForms } from './actions/verb-forms';

function toAction<V extends CaseVerb>(verb: V, current: VersionedCase, values: ActionValues) {
  const body = verbForms[verb].toBody(values);
  // the verb and its body come from the same entry of the table: TypeScript cannot see they match
  return { id: current.record.id, etag: current.etag, verb, body } as CaseAction;
}

/** One action on a case in a dialog: the verb's form, then the API's refusal with rule and legal basis. */
export function CaseActionModal({
  township,
  current,
  verb,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedCase;
  verb: CaseVerb;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('cases');
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const action = useCaseAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { record } = current;
  const { Fields, initialValues, width, danger, onValuesChange } = verbForms[verb];

  const submit = async (values: ActionValues) => {
    setFieldErrors([]);
    try {
      await action.mutateAsync(toAction(verb, current, values));
      void message.success(t(`done.${verb}`));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        // the body's field names (outcome.fineAmount, decidedOn) to the form's (formFieldOf)
        setFieldErrors(showViolations(form, caught.problem.violations, formFields, formFieldOf));
      }
    }
  };

  return (
    <ActionModal
      title={t(`actionTitle.${verb}`)}
      okText={t(`verb.${verb}`)}
      danger={danger}
      width={width ?? 560}
      error={action.error}
      pending={action.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => action.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {record.caseNumber} · {record.party.name}
      </Typography.Paragraph>
      <Form<ActionValues>
        form={form}
        layout="vertical"
        name={`case-${verb}`}
        initialValues={initialValues(record)}
        onValuesChange={(changed: ActionValues, all: ActionValues) =>
          onValuesChange?.(changed, all, form, record)
        }
        onFinish={(values) => void submit(values)}
      >
        <Fields township={township} record={record} />
      </Form>
    </ActionModal>
  );
}
