import { App, Button, Checkbox, Divider, Drawer, Flex, Form, Input, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useIdempotencyKey } from '@/lib/api/idempotency';
import { useOfficers } from '@/lib/api/officers';
import { ApiError } from '@/lib/api/problem';
import { fromIsoDate, toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';

import type { VersionedCase } from '../api/get-case';
import { useEditCase, useFileCase } from '../api/save-case';
import { checkCreditCode, checkIdNumber } from '../party-id';
import {
  enforcementFields,
  procedures,
  type CaseProcedure,
  type EnforcementCaseRequest,
  type EnforcementField,
  type PartyKind,
} from '../types';

type Values = {
  field?: EnforcementField;
  procedure: CaseProcedure;
  party: {
    kind: PartyKind;
    name?: string;
    idNumber?: string;
    creditCode?: string;
    legalRepresentative?: string;
    phone?: string;
    address?: string;
  };
  facts?: string;
  place?: string;
  violationDate?: Dayjs;
  discoveredOn?: Dayjs;
  harmsLifeHealthOrProperty: boolean;
  major: boolean;
  officerIds: string[];
  filedOn?: Dayjs;
};

const formFields = [
  'field',
  'procedure',
  'party.kind',
  'party.name',
  'party.idNumber',
  'party.creditCode',
  'party.legalRepresentative',
  'party.phone',
  'party.address',
  'party',
  'facts',
  'place',
  'violationDate',
  'discoveredOn',
  'harmsLifeHealthOrProperty',
  'major',
  'officerIds',
  'filedOn',
];

const blank = (text: string | undefined) => text?.trim() || null;
const future = (day: Dayjs) => day.isAfter(dayjs(), 'day');

function valuesOf(editing: VersionedCase | undefined): Partial<Values> {
  if (!editing) {
    return {
      procedure: 'ORDINARY',
      party: { kind: 'INDIVIDUAL' },
      harmsLifeHealthOrProperty: false,
      major: false,
      officerIds: [],
      filedOn: dayjs(),
    };
  }
  const { record } = editing;
  return {
    field: record.field,
    procedure: record.procedure,
    party: {
      kind: record.party.kind,
      name: record.party.name,
      idNumber: record.party.idNumber ?? undefined,
      creditCode: record.party.creditCode ?? undefined,
      legalRepresentative: record.party.legalRepresentative ?? undefined,
      phone: record.party.phone ?? undefined,
      address: record.party.address ?? undefined,
    },
    facts: record.facts,
    place: record.place ?? undefined,
    violationDate: fromIsoDate(record.violationDate),
    discoveredOn: fromIsoDate(record.discoveredOn),
    harmsLifeHealthOrProperty: record.harmsLifeHealthOrProperty,
    major: record.major,
    officerIds: record.officers.map((officer) => officer.id),
    filedOn: fromIsoDate(record.filedOn),
  };
}

/**
 * 立案: file a case (POST with Idempotency-Key; the case number comes back from the API), or edit one
 * while it is filed or under investigation (PUT with If-Match).
 */
export function CaseDrawer({
  township,
  editing,
  onReload,
  onClose,
  onCreated,
}: {
  township: string;
  editing?: VersionedCase;
  onReload?: () => Promise<unknown>;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation('cases');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fileCase = useFileCase(township);
  const editCase = useEditCase(township);
  const mutation = editing ? editCase : fileCase;
  const stale = mutation.error instanceof ApiError && mutation.error.isStale;
  // the township's active officers, to pick the case's team from (ENF-01, ENF-02)
  const officers = useOfficers(
    township,
    { status: 'ACTIVE', size: 200, sort: 'name,asc' },
    { staleTime: 60_000 },
  );
  const idempotency = useIdempotencyKey();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const kind = Form.useWatch(['party', 'kind'], form) ?? 'INDIVIDUAL';

  const required = { required: true, message: tc('form.required') };
  const text = (max: number, mandatory = true): Rule[] => [
    ...(mandatory ? [{ required: true, whitespace: true, message: tc('form.required') }] : []),
    { max, message: tc('form.tooLong', { max }) },
  ];
  // check characters as hints: the API decides
  const idHint: Rule = {
    warningOnly: true,
    validator: async (_, value?: string) => {
      if (!value?.trim()) return;
      const check = checkIdNumber(value);
      if (check === 'format') throw new Error(t('form.idFormat'));
      if (check === 'birthDate') throw new Error(t('form.idBirthDate'));
      if (check === 'checkDigit') throw new Error(t('form.idCheckDigit'));
    },
  };
  const codeHint: Rule = {
    warningOnly: true,
    validator: async (_, value?: string) => {
      if (!value?.trim()) return;
      const check = checkCreditCode(value);
      if (check === 'format') throw new Error(t('form.codeFormat'));
      if (check === 'checkDigit') throw new Error(t('form.codeCheckDigit'));
    },
  };

  const submit = async (values: Values) => {
    const individual = values.party.kind === 'INDIVIDUAL';
    const body: EnforcementCaseRequest = {
      field: values.field ?? 'OTHER',
      procedure: values.procedure,
      party: {
        kind: values.party.kind,
        name: (values.party.name ?? '').trim(),
        idNumber: individual ? (blank(values.party.idNumber)?.toUpperCase() ?? null) : null,
        creditCode: individual ? null : (blank(values.party.creditCode)?.toUpperCase() ?? null),
        legalRepresentative: individual ? null : blank(values.party.legalRepresentative),
        phone: blank(values.party.phone),
        address: blank(values.party.address),
      },
      facts: (values.facts ?? '').trim(),
      place: blank(values.place),
      violationDate: toIsoDate(values.violationDate) ?? '',
      discoveredOn: toIsoDate(values.discoveredOn) ?? '',
      harmsLifeHealthOrProperty: values.harmsLifeHealthOrProperty,
      major: values.major,
      officerIds: values.officerIds,
      filedOn: toIsoDate(values.filedOn) ?? null,
    };
    setFieldErrors([]);
    try {
      if (editing) {
        await editCase.mutateAsync({ id: editing.record.id, etag: editing.etag, body });
        void message.success(t('form.updated'));
        onClose();
        return;
      }
      const saved = await fileCase.mutateAsync({
        body,
        idempotencyKey: idempotency.keyFor(body),
      });
      idempotency.reset();
      void message.success(t('form.created', { number: saved.record.caseNumber }));
      onCreated?.(saved.record.id);
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, formFields));
      }
    }
  };

  const officerOptions = (officers.data?.items ?? []).map((officer) => ({
    value: officer.id,
    label: officer.certificateValidToday
      ? t('form.officerOption', { name: officer.name, number: officer.certificate?.number ?? '' })
      : `${officer.name}（${t('form.officerInvalid')}）`,
    disabled: !officer.certificateValidToday,
  }));

  return (
    <Drawer
      open
      size={640}
      title={editing ? t('form.editTitle', { number: editing.record.caseNumber }) : t('form.title')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <>
          {stale ? (
            <StaleRecordAlert
              onReload={() =>
                void onReload?.().then(() => {
                  editCase.reset();
                  form.resetFields();
                })
              }
            />
          ) : (
            <ProblemAlert
              error={mutation.error}
              hideFields={fieldErrors}
              style={{ marginBottom: 12 }}
            />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{tc('actions.cancel')}</Button>
            <Button
              type="primary"
              loading={mutation.isPending}
              disabled={stale}
              onClick={() => form.submit()}
            >
              {editing ? tc('actions.save') : t('create')}
            </Button>
          </Flex>
        </>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="enforcement-case"
        initialValues={valuesOf(editing)}
        onFinish={(values) => void submit(values)}
      >
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {t('form.basics')}
        </Divider>
        <Flex gap={16}>
          <Form.Item name="field" label={t('form.field')} rules={[required]} style={{ flex: 1 }}>
            <Select
              options={enforcementFields.map((value) => ({ value, label: t(`field.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="filedOn"
            label={t('form.filedOn')}
            rules={[required]}
            style={{ flex: 1 }}
          >
            <DateInput allowClear={false} disabledDate={future} disabled={Boolean(editing)} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="procedure"
          label={t('form.procedure')}
          extra={t('form.procedureHelp')}
          rules={[required]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={procedures.map((value) => ({ value, label: t(`procedure.${value}`) }))}
          />
        </Form.Item>

        <Divider titlePlacement="start" plain>
          {t('form.party')}
        </Divider>
        <Form.Item name={['party', 'kind']} label={t('form.partyKind')} rules={[required]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['INDIVIDUAL', 'ORGANISATION'] as const).map((value) => ({
              value,
              label: t(`partyKind.${value}`),
            }))}
          />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name={['party', 'name']}
            label={kind === 'INDIVIDUAL' ? t('form.name') : t('form.orgName')}
            rules={text(100)}
            style={{ flex: 1 }}
          >
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          {kind === 'INDIVIDUAL' ? (
            <Form.Item
              name={['party', 'idNumber']}
              label={t('form.idNumber')}
              rules={[...text(18), idHint]}
              style={{ flex: 1 }}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          ) : (
            <Form.Item
              name={['party', 'creditCode']}
              label={t('form.creditCode')}
              rules={[...text(18), codeHint]}
              style={{ flex: 1 }}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          )}
        </Flex>
        <Flex gap={16}>
          {kind === 'ORGANISATION' && (
            <Form.Item
              name={['party', 'legalRepresentative']}
              label={t('form.legalRepresentative')}
              rules={text(50, false)}
              style={{ flex: 1 }}
            >
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item
            name={['party', 'phone']}
            label={t('form.phone')}
            rules={text(20, false)}
            style={{ flex: 1 }}
          >
            <Input maxLength={20} autoComplete="off" />
          </Form.Item>
        </Flex>
        <Form.Item
          name={['party', 'address']}
          label={kind === 'INDIVIDUAL' ? t('form.address') : t('form.orgAddress')}
          rules={text(200, false)}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>

        <Divider titlePlacement="start" plain>
          {t('form.violation')}
        </Divider>
        <Form.Item name="facts" label={t('form.facts')} rules={text(2000)}>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('form.factsPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="place" label={t('form.place')} rules={text(200)}>
          <Input maxLength={200} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="violationDate"
            label={t('form.violationDate')}
            rules={[required]}
            style={{ flex: 1 }}
          >
            <DateInput disabledDate={future} />
          </Form.Item>
          <Form.Item
            name="discoveredOn"
            label={t('form.discoveredOn')}
            dependencies={['violationDate']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: async (_, value?: Dayjs) => {
                  const violation = getFieldValue('violationDate') as Dayjs | undefined;
                  if (value && violation && value.isBefore(violation, 'day')) {
                    throw new Error(t('form.discoveredBeforeViolation'));
                  }
                },
              }),
            ]}
            style={{ flex: 1 }}
          >
            <DateInput disabledDate={future} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="harmsLifeHealthOrProperty"
          valuePropName="checked"
          extra={t('form.harmsHelp')}
          style={{ marginBottom: 12 }}
        >
          <Checkbox>{t('form.harms')}</Checkbox>
        </Form.Item>
        <Form.Item name="major" valuePropName="checked" extra={t('form.majorHelp')}>
          <Checkbox>{t('form.major')}</Checkbox>
        </Form.Item>

        <Divider titlePlacement="start" plain>
          {t('form.officers')}
        </Divider>
        <Form.Item
          name="officerIds"
          label={t('form.officerIds')}
          extra={t('form.officerIdsHelp')}
          rules={[
            {
              validator: async (_, value?: string[]) => {
                if ((value?.length ?? 0) < 2) throw new Error(t('form.officersAtLeastTwo'));
              },
            },
          ]}
        >
          <Select
            mode="multiple"
            loading={officers.isPending}
            options={officerOptions}
            optionFilterProp="label"
            placeholder={t('form.officersAtLeastTwo')}
          />
        </Form.Item>
        {officers.isError && <ProblemAlert error={officers.error} />}
      </Form>
    </Drawer>
  );
}
