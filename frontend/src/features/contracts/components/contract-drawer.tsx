import { Alert, App, Checkbox, Divider, Flex, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { FormDrawer } from '@/components/form-drawer';
import { fromIsoDate, toIsoDate } from '@/lib/dates';
import { useRecordForm } from '@/lib/record-form';

import { useContract, type VersionedContract } from '../api/get-contract';
import { useSaveContract } from '../api/save-contract';
import {
  contractTypes,
  procurementMethods,
  type ContractRequest,
  type ContractType,
  type ProcurementMethod,
} from '../types';

import {
  CounterpartyFields,
  counterpartyFields,
  toCounterpartyRequest,
  toCounterpartyValues,
  type CounterpartyValues,
} from './counterparty-fields';

type Values = {
  title?: string;
  type?: ContractType;
  counterparty: CounterpartyValues;
  amount?: number | null;
  term?: { startOn?: Dayjs; endOn?: Dayjs };
  department?: string;
  responsiblePerson?: string;
  procurementMethod?: ProcurementMethod;
  tendered: boolean;
  summary?: string;
};

const formFields = [
  'title',
  'type',
  ...counterpartyFields,
  'amount',
  'term',
  'term.startOn',
  'term.endOn',
  'department',
  'responsiblePerson',
  'procurementMethod',
  'tendered',
  'summary',
];

const blank = (text: string | undefined) => text?.trim() || null;

function toRequest(values: Values): ContractRequest {
  return {
    title: (values.title ?? '').trim(),
    // the form requires them; the API answers 422 if one is still missing
    type: values.type as ContractType,
    counterparty: toCounterpartyRequest(values.counterparty),
    amount: values.amount === null || values.amount === undefined ? '' : values.amount.toFixed(2),
    term: {
      startOn: toIsoDate(values.term?.startOn) ?? '',
      endOn: toIsoDate(values.term?.endOn) ?? '',
    },
    department: (values.department ?? '').trim(),
    responsiblePerson: (values.responsiblePerson ?? '').trim(),
    procurementMethod: values.procurementMethod as ProcurementMethod,
    tendered: values.tendered,
    summary: blank(values.summary),
  };
}

function toValues({ contract }: VersionedContract): Values {
  return {
    title: contract.title,
    type: contract.type,
    counterparty: toCounterpartyValues(contract.counterparty),
    amount: Number(contract.amount),
    term: { startOn: fromIsoDate(contract.term.startOn), endOn: fromIsoDate(contract.term.endOn) },
    department: contract.department,
    responsiblePerson: contract.responsiblePerson,
    procurementMethod: contract.procurementMethod,
    tendered: contract.tendered,
    summary: contract.summary ?? undefined,
  };
}

const fresh: Values = {
  counterparty: { kind: 'ORGANISATION' },
  procurementMethod: 'COMPETITIVE_NEGOTIATION',
  tendered: false,
};

/**
 * 登记合同: register a contract (POST with Idempotency-Key; the number comes back from the API), or edit one (PUT
 * with If-Match) as far as the API lets: once signed, the counterparty, amount and term change only by amendment.
 */
export function ContractDrawer({
  township,
  editing,
  onClose,
  onCreated,
}: {
  township: string;
  /** The id of the contract to edit; a new one when absent. */
  editing?: string;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation('contracts');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useContract(township, editing);
  const save = useSaveContract(township);
  const signed = Boolean(record.data?.contract.signing);
  const required = { required: true, message: tc('form.required') };
  const text = (max: number, mandatory = true): Rule[] => [
    ...(mandatory ? [{ required: true, whitespace: true, message: tc('form.required') }] : []),
    { max, message: tc('form.tooLong', { max }) },
  ];

  const state = useRecordForm({
    form,
    editing,
    record,
    mutation: save,
    toRequest,
    toValues,
    formFields,
    create: (request) => save.mutateAsync({ kind: 'register', ...request }),
    update: (request) => save.mutateAsync({ kind: 'edit', ...request }),
    onSaved: ({ contract }, how) => {
      void message.success(
        how === 'created' ? t('form.created', { number: contract.number }) : t('form.updated'),
      );
      onClose();
      if (how === 'created') onCreated?.(contract.id);
    },
  });

  return (
    <FormDrawer
      size={680}
      title={
        editing
          ? t('form.editTitle', { number: record.data?.contract.number ?? '' })
          : t('form.createTitle')
      }
      onClose={onClose}
      form={form}
      state={state}
      name="contract"
      initialValues={state.recordValues ?? fresh}
      saveLabel={editing ? undefined : t('create')}
    >
      {signed && (
        <Alert type="info" showIcon title={t('form.signedFixed')} style={{ marginBottom: 16 }} />
      )}
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {t('form.basics')}
      </Divider>
      <Form.Item name="title" label={t('form.title')} rules={text(150)}>
        <Input maxLength={150} placeholder={t('form.titlePlaceholder')} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="type"
          label={t('form.type')}
          extra={t('form.typeHelp')}
          rules={[required]}
          style={{ flex: 1 }}
        >
          <Select
            aria-label={t('form.type')}

            options={contractTypes.map((value) => ({ value, label: t(`type.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('form.amount')}
          rules={[
            required,
            {
              validator: async (_, value?: number | null) => {
                if (value !== null && value !== undefined && value < 0) {
                  throw new Error(t('form.amountInvalid'));
                }
              },
            },
          ]}
          style={{ flex: 1 }}
        >
          <InputNumber<number>
            min={0}
            precision={2}
            step={1000}
            prefix="¥"

            style={{ width: '100%' }}
          />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          name={['term', 'startOn']}
          label={t('form.startOn')}
          rules={[required]}
          style={{ flex: 1 }}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name={['term', 'endOn']}
          label={t('form.endOn')}
          dependencies={[['term', 'startOn']]}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: async (_, value?: Dayjs) => {
                const start = getFieldValue(['term', 'startOn']) as Dayjs | undefined;
                if (value && start && value.isBefore(start, 'day')) {
                  throw new Error(t('form.endBeforeStart'));
                }
              },
            }),
          ]}
          style={{ flex: 1 }}
        >
          <DateInput />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          name="department"
          label={t('form.department')}
          rules={text(100)}
          style={{ flex: 1 }}
        >
          <Input maxLength={100} placeholder={t('form.departmentPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="responsiblePerson"
          label={t('form.responsiblePerson')}
          rules={text(50)}
          style={{ flex: 1 }}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Flex>
      <Flex gap={16} align="flex-end">
        <Form.Item
          name="procurementMethod"
          label={t('form.procurementMethod')}
          rules={[required]}
          style={{ flex: 1 }}
        >
          <Select
            aria-label={t('form.procurementMethod')}

            options={procurementMethods.map((value) => ({
              value,
              label: t(`procurement.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="tendered" valuePropName="checked" style={{ flex: 1 }}>
          <Checkbox>{t('form.tendered')}</Checkbox>
        </Form.Item>
      </Flex>
      <Form.Item name="summary" label={t('form.summary')} rules={text(2000, false)}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>

      <Divider titlePlacement="start" plain>
        {t('form.counterparty')}
      </Divider>
      <CounterpartyFields />
    </FormDrawer>
  );
}
