import { App, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { FormDrawer } from '@/components/form-drawer';
import { useRecordForm } from '@/lib/record-form';

import { useInspectionItem, useItemChange } from '../api/items';
import {
  departments,
  enforcementFields,
  methods,
  type InspectionItem,
  type InspectionItemRequest,
} from '../types';

export type ItemDrawerTarget = { mode: 'create' } | { mode: 'edit'; id: string };

type Values = Partial<InspectionItemRequest>;

const formFields = [
  'listTitle',
  'code',
  'name',
  'subjects',
  'legalBasis',
  'department',
  'field',
  'method',
  'yearlyCap',
];

function toValues(item: InspectionItem): Values {
  return {
    listTitle: item.listTitle,
    code: item.code,
    name: item.name,
    subjects: item.subjects ?? undefined,
    legalBasis: item.legalBasis,
    department: item.department,
    field: item.field,
    method: item.method,
    yearlyCap: item.yearlyCap,
  };
}

function toRequest(values: Values): InspectionItemRequest {
  const subjects = values.subjects?.trim();
  // the form requires the enums; the server answers 422 if one is still missing
  return {
    listTitle: (values.listTitle ?? '').trim(),
    code: (values.code ?? '').trim(),
    name: (values.name ?? '').trim(),
    subjects: subjects ? subjects : null,
    legalBasis: (values.legalBasis ?? '').trim(),
    department: values.department as InspectionItemRequest['department'],
    field: values.field as InspectionItemRequest['field'],
    method: values.method as InspectionItemRequest['method'],
    yearlyCap: values.yearlyCap ?? null,
  };
}

/** Add an item to the inspection items list, or edit one. */
export function ItemDrawer({
  township,
  target,
  onClose,
}: {
  township: string;
  target: ItemDrawerTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editing = target.mode === 'edit' ? target.id : undefined;
  const record = useInspectionItem(township, editing);
  const change = useItemChange(township);
  const state = useRecordForm({
    form,
    editing,
    record,
    mutation: change,
    toRequest,
    toValues: (data) => toValues(data.item),
    formFields,
    create: (request) => change.mutateAsync({ kind: 'create', ...request }),
    update: (request) => change.mutateAsync({ kind: 'update', ...request }),
    onSaved: (saved, how) => {
      void message.success(t(`items.form.${how}`, { name: saved.item.name }));
      onClose();
    },
  });
  const required = { required: true, message: t('items.form.required') };
  const requiredText = { ...required, whitespace: true };
  const tooLong = (max: number) => ({ max, message: tc('form.tooLong', { max }) });

  return (
    <FormDrawer
      size={600}
      title={editing ? t('items.form.editTitle') : t('items.form.createTitle')}
      onClose={onClose}
      form={form}
      state={state}
      name="inspection-item"
      initialValues={
        state.recordValues ?? {
          listTitle: t('items.form.listTitleDefault'),
          method: 'DOUBLE_RANDOM',
        }
      }
    >
      <Form.Item
        name="listTitle"
        label={t('items.form.listTitle')}
        rules={[requiredText, tooLong(200)]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="code" label={t('items.form.code')} rules={[requiredText, tooLong(32)]}>
        <Input maxLength={32} autoComplete="off" placeholder={t('items.form.codePlaceholder')} />
      </Form.Item>
      <Form.Item name="name" label={t('items.form.name')} rules={[requiredText, tooLong(200)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
      </Form.Item>
      <Form.Item name="subjects" label={t('items.form.subjects')} rules={[tooLong(500)]}>
        <Input maxLength={500} placeholder={t('items.form.subjectsPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('items.form.legalBasis')}
        rules={[requiredText, tooLong(1000)]}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={t('items.form.legalBasisPlaceholder')}
        />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="field"
          label={t('items.form.field')}
          rules={[required]}
          style={{ flex: 1 }}
        >
          <Select
            options={enforcementFields.map((value) => ({ value, label: t(`field.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="department"
          label={t('items.form.department')}
          rules={[required]}
          style={{ flex: 1 }}
        >
          <Select
            options={departments.map((value) => ({ value, label: t(`department.${value}`) }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item name="method" label={t('items.form.method')} rules={[required]}>
        <Select options={methods.map((value) => ({ value, label: t(`method.${value}`) }))} />
      </Form.Item>
      <Form.Item
        name="yearlyCap"
        label={t('items.form.yearlyCap')}
        extra={t('items.form.yearlyCapHelp')}
      >
        <InputNumber min={1} max={12} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormDrawer>
  );
}
