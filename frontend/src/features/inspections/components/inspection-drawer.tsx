import { Alert, App, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { FormDrawer } from '@/components/form-drawer';
import { useOfficers } from '@/lib/api/officers';
import { fromIsoDate, toIsoDate } from '@/lib/dates';
import { useRecordForm } from '@/lib/record-form';

import { useInspection, useInspectionChange, useInspections } from '../api/inspections';
import { usePublishedItems } from '../api/items';
import { checkCreditCode } from '../credit-code';
import { reasons, type Inspection, type InspectionReason, type InspectionRequest } from '../types';

export type InspectionDrawerTarget = { mode: 'create' } | { mode: 'edit'; id: string };

type Values = {
  enterprise?: { name?: string; creditCode?: string };
  itemId?: string;
  officerIds?: string[];
  plannedOn?: Dayjs;
  reason?: InspectionReason;
  reasonNote?: string;
};

const formFields = [
  'enterprise.name',
  'enterprise.creditCode',
  'itemId',
  'officerIds',
  'plannedOn',
  'reason',
  'reasonNote',
];

function toValues(inspection: Inspection): Values {
  return {
    enterprise: { ...inspection.enterprise },
    itemId: inspection.item.id,
    officerIds: inspection.officers.map((officer) => officer.id),
    plannedOn: fromIsoDate(inspection.plannedOn),
    reason: inspection.reason,
    reasonNote: inspection.reasonNote ?? undefined,
  };
}

function toRequest(values: Values): InspectionRequest {
  const note = values.reasonNote?.trim();
  return {
    enterprise: {
      name: (values.enterprise?.name ?? '').trim(),
      creditCode: (values.enterprise?.creditCode ?? '').trim().toUpperCase(),
    },
    itemId: values.itemId ?? '',
    officerIds: values.officerIds ?? [],
    plannedOn: toIsoDate(values.plannedOn) ?? '',
    // the form requires it; the server answers 422 if it is still missing
    reason: values.reason as InspectionReason,
    reasonNote: note ? note : null,
  };
}

/**
 * Propose an inspection (officer, leader) or revise a proposal: a published item (ENF-14), two or more
 * certified officers (ENF-01, ENF-02); the API's refusal shows with its rule and legal basis by the button.
 */
export function InspectionDrawer({
  township,
  target,
  onClose,
  onCreated,
}: {
  township: string;
  target: InspectionDrawerTarget;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editing = target.mode === 'edit' ? target.id : undefined;
  const record = useInspection(township, editing);
  const items = usePublishedItems(township);
  // the township's officers, to choose the inspection team from (ENF-01, ENF-02)
  const officers = useOfficers(township, { page: 0, size: 200, sort: 'name,asc' });
  const change = useInspectionChange(township);
  const required = { required: true, message: t('form.required') };

  // the enterprise's approved inspections in the planned year, as a hint for ENF-14's yearly cap
  const creditCode = (Form.useWatch(['enterprise', 'creditCode'], form) ?? '').trim().toUpperCase();
  const enterpriseName = Form.useWatch(['enterprise', 'name'], form) ?? '';
  const plannedOn = Form.useWatch('plannedOn', form);
  const year = (plannedOn ?? dayjs()).year();
  const validCode = checkCreditCode(creditCode) === 'ok';
  const sameEnterprise = useInspections(
    township,
    { page: 0, size: 50, creditCode, year },
    validCode,
  );
  const counted = (sameEnterprise.data?.items ?? []).filter(
    (inspection) => inspection.status !== 'PROPOSED' && inspection.id !== editing,
  ).length;

  const state = useRecordForm({
    form,
    editing,
    record,
    mutation: change,
    toRequest,
    toValues: (data) => toValues(data.inspection),
    formFields,
    create: (request) => change.mutateAsync({ kind: 'propose', ...request }),
    update: (request) => change.mutateAsync({ kind: 'revise', ...request }),
    onSaved: ({ inspection }, how) => {
      void message.success(t(`form.${how}`));
      onClose();
      if (how === 'created') onCreated?.(inspection.id);
    },
  });

  return (
    <FormDrawer
      size={620}
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      onClose={onClose}
      form={form}
      state={state}
      name="inspection"
      initialValues={state.recordValues ?? { reason: 'PLANNED', plannedOn: dayjs().add(3, 'day') }}
      saveLabel={tc('actions.submit')}
    >
      <Form.Item
        name={['enterprise', 'name']}
        label={t('form.enterpriseName')}
        rules={[
          { ...required, whitespace: true },
          { max: 100, message: tc('form.tooLong', { max: 100 }) },
        ]}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name={['enterprise', 'creditCode']}
        label={t('form.creditCode')}
        normalize={(value: string) => value.toUpperCase()}
        rules={[
          { ...required, whitespace: true },
          {
            validator: async (_, value?: string) => {
              if (!value?.trim()) return;
              const check = checkCreditCode(value);
              if (check === 'format') throw new Error(t('form.creditCodeFormat'));
              if (check === 'checkCharacter') throw new Error(t('form.creditCodeCheck'));
            },
          },
        ]}
      >
        <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      {validCode && sameEnterprise.data && (
        <Alert
          type={counted > 0 ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            counted > 0
              ? t('form.yearCount', { name: enterpriseName.trim(), year, count: counted })
              : t('form.yearCountNone', { name: enterpriseName.trim(), year })
          }
        />
      )}
      <Form.Item name="itemId" label={t('form.item')} extra={t('form.itemHelp')} rules={[required]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('form.itemPlaceholder')}
          loading={items.isPending}
          options={(items.data?.items ?? []).map((item) => ({
            value: item.id,
            label: `${item.code} ${item.name}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="officerIds"
        label={t('form.officers')}
        required
        extra={t('form.officersHelp')}
        rules={[
          {
            validator: async (_, ids?: string[]) => {
              if (!ids || ids.length < 2) throw new Error(t('form.atLeastTwo'));
            },
          },
        ]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={officers.isPending}
          options={(officers.data?.items ?? []).map((officer) => {
            const fit = officer.status === 'ACTIVE' && officer.certificateValidToday;
            return {
              value: officer.id,
              disabled: !fit,
              label: fit
                ? `${officer.name}（${officer.certificate?.number ?? ''}）`
                : t('form.officerInvalid', { name: officer.name }),
            };
          })}
        />
      </Form.Item>
      <Form.Item name="plannedOn" label={t('form.plannedOn')} rules={[required]}>
        <DateInput disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="reason" label={t('form.reason')} rules={[required]}>
        <Radio.Group>
          {reasons.map((reason) => (
            <Radio key={reason} value={reason}>
              {t(`reason.${reason}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(before, after) => before.reason !== after.reason}>
        {({ getFieldValue }) => (
          <Form.Item
            name="reasonNote"
            label={t('form.reasonNote')}
            extra={t(`reasonHelp.${(getFieldValue('reason') as InspectionReason) ?? 'PLANNED'}`)}
            rules={[{ max: 500, message: tc('form.tooLong', { max: 500 }) }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={500}
              showCount
              placeholder={t('form.reasonNotePlaceholder')}
            />
          </Form.Item>
        )}
      </Form.Item>
    </FormDrawer>
  );
}
