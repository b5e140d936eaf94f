import { App, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';

import type { VersionedContract } from '../api/get-contract';
import { useContractAction, type ContractAction } from '../api/save-contract';
import type { ContractVerb } from '../types';

import { formFieldOf, formFields, type ActionValues } from './actions/values';
import { verbForms } from './actions/verb-forms';

function toAction<V extends ContractVerb>(
  verb: V,
  current: VersionedContract,
  values: ActionValues,
  number: number | undefined,
) {
  const body = verbForms[verb].toBody(values);
  // the verb and its body come from the same entry of the table: TypeScript cannot see they match
  return { id: current.contract.id, etag: current.etag, verb, number, body } as ContractAction;
}

/**
 * One action on a contract, one of its milestones (`number`) or amendments in a dialog: the verb's form, then the
 * API's refusal with rule and legal basis by the button.
 */
export function ContractActionModal({
  township,
  current,
  verb,
  number,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedContract;
  verb: ContractVerb;
  number?: number;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const action = useContractAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { contract } = current;
  const { Fields, initialValues, width, danger } = verbForms[verb];
  const milestone = verb.endsWith('-milestone')
    ? contract.milestones.find((candidate) => candidate.number === number)
    : undefined;
  const amendment = verb.endsWith('-amendment')
    ? contract.amendments.find((candidate) => candidate.number === number)
    : undefined;

  const submit = async (values: ActionValues) => {
    setFieldErrors([]);
    try {
      await action.mutateAsync(toAction(verb, current, values, number));
      void message.success(t(`done.${verb}`));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        // the body's field names (signedOn, paidOn) to the form's (formFieldOf)
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
        {contract.number} · {contract.title}
        {milestone && (
          <>
            <br />
            {t('action.milestoneOf', { number: milestone.number, title: milestone.title })}
          </>
        )}
        {amendment && (
          <>
            <br />
            {t('action.amendmentOf', { number: amendment.number, title: amendment.title })}
          </>
        )}
      </Typography.Paragraph>
      <Form<ActionValues>
        form={form}
        layout="vertical"
        name={`contract-${verb}`}
        initialValues={initialValues(contract, number)}
        onFinish={(values) => void submit(values)}
      >
        <Fields township={township} record={contract} number={number} />
      </Form>
    </ActionModal>
  );
}
