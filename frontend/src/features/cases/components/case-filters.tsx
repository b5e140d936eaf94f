import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { CaseListParams } from '../api/get-cases';
import { caseStatuses, enforcementFields, outcomeKinds, procedures } from '../types';

export type CaseFilterValues = Pick<
  CaseListParams,
  'status' | 'field' | 'procedure' | 'year' | 'outcome' | 'q' | 'dueWithinDays'
>;

function recentYears(count = 6): number[] {
  const year = new Date().getFullYear();
  return Array.from({ length: count }, (_, index) => year - index);
}

/** The query bar above the register: status, field, procedure, year, outcome, deadlines, text. */
export function CaseFilters({
  values,
  onChange,
}: {
  values: CaseFilterValues;
  onChange: (values: Partial<CaseFilterValues>) => void;
}) {
  const { t } = useTranslation('cases');
  const { t: tc } = useTranslation();

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
      <Form.Item label={t('filters.status')}>
        <Select
          aria-label={t('filters.status')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={values.status}
          onChange={(status) => onChange({ status })}
          options={caseStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.field')}>
        <Select
          aria-label={t('filters.field')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 160 }}
          value={values.field}
          onChange={(field) => onChange({ field })}
          options={enforcementFields.map((value) => ({ value, label: t(`field.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.procedure')}>
        <Select
          aria-label={t('filters.procedure')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={values.procedure}
          onChange={(procedure) => onChange({ procedure })}
          options={procedures.map((value) => ({ value, label: t(`procedure.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.year')}>
        <Select
          aria-label={t('filters.year')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 110 }}
          value={values.year}
          onChange={(year) => onChange({ year })}
          options={recentYears().map((year) => ({
            value: year,
            label: t('yearValue', { year }),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.outcome')}>
        <Select
          aria-label={t('filters.outcome')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 150 }}
          value={values.outcome}
          onChange={(outcome) => onChange({ outcome })}
          options={outcomeKinds.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.due')}>
        <Select
          aria-label={t('filters.due')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 190 }}
          value={values.dueWithinDays}
          onChange={(dueWithinDays) => onChange({ dueWithinDays })}
          options={[{ value: 7, label: t('filters.dueSoon') }]}
        />
      </Form.Item>
      <Form.Item>
        <Input.Search
          key={values.q ?? ''}
          aria-label={t('filters.search')}
          placeholder={t('filters.search')}
          allowClear
          defaultValue={values.q}
          enterButton={tc('actions.search')}
          style={{ width: 300 }}
          onSearch={(text) => onChange({ q: text.trim() || undefined })}
        />
      </Form.Item>
    </Form>
  );
}
