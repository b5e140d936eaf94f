import { App, Flex, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { FormDrawer } from '@/components/form-drawer';
import { useRecordForm } from '@/lib/record-form';

import { useMatter } from '../api/get-matter';
import { useMatterChange } from '../api/save-matter';
import {
  departments,
  enforcementFields,
  matterKinds,
  matterSources,
  type EnforcementMatter,
  type EnforcementMatterRequest,
} from '../types';

export type MatterDrawerTarget = { mode: 'create' } | { mode: 'edit'; id: string };

type Values = Partial<EnforcementMatterRequest>;

const formFields = [
  'code',
  'name',
  'kind',
  'field',
  'legalBasis',
  'department',
  'source',
  'delegationReference',
];

function toValues(matter: EnforcementMatter): Values {
  return {
    code: matter.code,
    name: matter.name,
    kind: matter.kind,
    field: matter.field,
    legalBasis: matter.legalBasis,
    department: matter.department,
    source: matter.source,
    delegationReference: matter.delegationReference ?? undefined,
  };
}

function toRequest(values: Values): EnforcementMatterRequest {
  const reference = values.delegationReference?.trim();
  // the form requires the enums; the server answers 422 if one is still missing
  return {
    code: (values.code ?? '').trim(),
    name: (values.name ?? '').trim(),
    kind: values.kind as EnforcementMatterRequest['kind'],
    field: values.field as EnforcementMatterRequest['field'],
    legalBasis: (values.legalBasis ?? '').trim(),
    department: values.department as EnforcementMatterRequest['department'],
    source: values.source as EnforcementMatterRequest['source'],
    delegationReference: values.source === 'COUNTY_DELEGATED' && reference ? reference : null,
  };
}

/** Define (POST) or edit (PUT with If-Match) an enforcement matter, while it is not published. */
export function MatterDrawer({
  township,
  target,
  onClose,
}: {
  township: string;
  target: MatterDrawerTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation('matters');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editing = target.mode === 'edit' ? target.id : undefined;
  const record = useMatter(township, editing);
  const change = useMatterChange(township);
  const state = useRecordForm({
    form,
    editing,
    record,
    mutation: change,
    toRequest,
    toValues: (data) => toValues(data.matter),
    formFields,
    create: (request) => change.mutateAsync({ kind: 'define', ...request }),
    update: (request) => change.mutateAsync({ kind: 'revise', ...request }),
    onSaved: (saved, how) => {
      void message.success(t(`form.${how}`, { name: saved.matter.name }));
      onClose();
    },
  });
  const source = Form.useWatch('source', form);
  const tooLong = (max: number) => ({ max, message: tc('form.tooLong', { max }) });

  return (
    <FormDrawer
      size={600}
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      onClose={onClose}
      form={form}
      state={state}
      name="matter"
      initialValues={state.recordValues ?? { source: 'COUNTY_DELEGATED' }}
    >
      <Form.Item
        name="code"
        label={t('form.code')}
        rules={[{ required: true, whitespace: true, message: t('form.codeRequired') }, tooLong(40)]}
      >
        <Input maxLength={40} autoComplete="off" placeholder={t('form.codePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('form.name')}
        rules={[
          { required: true, whitespace: true, message: t('form.nameRequired') },
          tooLong(200),
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="kind"
          label={t('form.kind')}
          style={{ flex: 1 }}
          rules={[{ required: true, message: t('form.kindRequired') }]}
        >
          <Select options={matterKinds.map((value) => ({ value, label: t(`kind.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="field"
          label={t('form.field')}
          style={{ flex: 1 }}
          rules={[{ required: true, message: t('form.fieldRequired') }]}
        >
          <Select
            options={enforcementFields.map((value) => ({ value, label: t(`field.${value}`) }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="legalBasis"
        label={t('form.legalBasis')}
        rules={[
          { required: true, whitespace: true, message: t('form.legalBasisRequired') },
          tooLong(1000),
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={t('form.legalBasisPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="department"
        label={t('form.department')}
        rules={[{ required: true, message: t('form.departmentRequired') }]}
      >
        <Select
          options={departments.map((value) => ({ value, label: t(`department.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('form.source')}
        rules={[{ required: true, message: t('form.sourceRequired') }]}
      >
        <Radio.Group
          options={matterSources.map((value) => ({ value, label: t(`source.${value}`) }))}
        />
      </Form.Item>
      {source === 'COUNTY_DELEGATED' && (
        <Form.Item
          name="delegationReference"
          label={t('form.delegationReference')}
          extra={t('form.delegationReferenceHelp')}
          rules={[
            { required: true, whitespace: true, message: t('form.delegationRequired') },
            tooLong(100),
          ]}
        >
          <Input
            maxLength={100}
            autoComplete="off"
            placeholder={t('form.delegationReferencePlaceholder')}
          />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
