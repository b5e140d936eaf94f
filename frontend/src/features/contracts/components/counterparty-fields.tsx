import { Flex, Form, Input, Radio } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

import type { CounterpartyKind, CounterpartyRequest, CounterpartyView } from '../types';

/** The counterparty as a form holds it (under the field `counterparty`). */
export type CounterpartyValues = {
  kind: CounterpartyKind;
  name?: string;
  creditCode?: string;
  idNumber?: string;
  legalRepresentative?: string;
  phone?: string;
  address?: string;
};

/** The fields the API's violations of a counterparty point at (`counterparty.creditCode`, …). */
export const counterpartyFields = [
  'counterparty',
  'counterparty.kind',
  'counterparty.name',
  'counterparty.creditCode',
  'counterparty.idNumber',
  'counterparty.legalRepresentative',
  'counterparty.phone',
  'counterparty.address',
];

const blank = (text: string | undefined) => text?.trim() || null;

export function toCounterpartyRequest(values: CounterpartyValues): CounterpartyRequest {
  const person = values.kind === 'INDIVIDUAL';
  return {
    kind: values.kind,
    name: (values.name ?? '').trim(),
    creditCode: person ? null : (blank(values.creditCode)?.toUpperCase() ?? null),
    idNumber: person ? (blank(values.idNumber)?.toUpperCase() ?? null) : null,
    legalRepresentative: person ? null : blank(values.legalRepresentative),
    phone: blank(values.phone),
    address: blank(values.address),
  };
}

export function toCounterpartyValues(view: CounterpartyView): CounterpartyValues {
  return {
    kind: view.kind,
    name: view.name,
    creditCode: view.creditCode ?? undefined,
    idNumber: view.idNumber ?? undefined,
    legalRepresentative: view.legalRepresentative ?? undefined,
    phone: view.phone ?? undefined,
    address: view.address ?? undefined,
  };
}

/**
 * The counterparty (相对方): an organisation with its unified social credit code, or a person with the citizen ID
 * number. The check characters are the API's to verify: its refusal lands on the field it names.
 */
export function CounterpartyFields() {
  const { t } = useTranslation('contracts');
  const { t: tc } = useTranslation();
  const form = Form.useFormInstance();
  const kind =
    (Form.useWatch(['counterparty', 'kind'], form) as CounterpartyKind) ?? 'ORGANISATION';
  const person = kind === 'INDIVIDUAL';
  const text = (max: number, mandatory = true): Rule[] => [
    ...(mandatory ? [{ required: true, whitespace: true, message: tc('form.required') }] : []),
    { max, message: tc('form.tooLong', { max }) },
  ];
  const upper = (value?: string) => value?.toUpperCase();
  return (
    <>
      <Form.Item
        name={['counterparty', 'kind']}
        label={t('form.counterpartyKind')}
        rules={[{ required: true, message: tc('form.required') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"

          options={(['ORGANISATION', 'INDIVIDUAL'] as const).map((value) => ({
            value,
            label: t(`counterpartyKind.${value}`),
          }))}
        />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name={['counterparty', 'name']}
          label={person ? t('form.name') : t('form.orgName')}
          rules={text(100)}
          style={{ flex: 1 }}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        {person ? (
          <Form.Item
            name={['counterparty', 'idNumber']}
            label={t('form.idNumber')}
            extra={t('form.codeHelp')}
            normalize={upper}
            rules={text(18)}
            style={{ flex: 1 }}
          >
            <Input
              maxLength={18}
              autoComplete="off"

              style={{ fontFamily: 'monospace' }}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name={['counterparty', 'creditCode']}
            label={t('form.creditCode')}
            extra={t('form.codeHelp')}
            normalize={upper}
            rules={text(18)}
            style={{ flex: 1 }}
          >
            <Input
              maxLength={18}
              autoComplete="off"

              style={{ fontFamily: 'monospace' }}
            />
          </Form.Item>
        )}
      </Flex>
      <Flex gap={16}>
        {!person && (
          <Form.Item
            name={['counterparty', 'legalRepresentative']}
            label={t('form.legalRepresentative')}
            rules={text(50, false)}
            style={{ flex: 1 }}
          >
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name={['counterparty', 'phone']}
          label={t('form.phone')}
          rules={text(20, false)}
          style={{ flex: 1 }}
        >
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
      </Flex>
      <Form.Item
        name={['counterparty', 'address']}
        label={t('form.address')}
        rules={text(200, false)}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
    </>
  );
}
