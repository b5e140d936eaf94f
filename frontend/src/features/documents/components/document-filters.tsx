import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { DocumentListParams } from '../api/get-documents';
import { documentStatuses } from '../types';

export type DocumentFilterValues = Pick<
  DocumentListParams,
  'status' | 'provisional' | 'evaluationDue' | 'year' | 'q'
>;

function recentYears(count = 8): number[] {
  const year = new Date().getFullYear();
  return Array.from({ length: count }, (_, index) => year - index);
}

const boolValue = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
const toBool = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

/** The query bar above the register: status, provisional, evaluation due, year, text. */
export function DocumentFilters({
  values,
  onChange,
}: {
  values: DocumentFilterValues;
  onChange: (values: DocumentFilterValues) => void;
}) {
  const { t } = useTranslation('documents');
  const { t: tc } = useTranslation();
  const change = (patch: Partial<DocumentFilterValues>) => onChange({ ...values, ...patch });

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
      <Form.Item label={t('filters.status')}>
        <Select
          aria-label={t('filters.status')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 150 }}
          value={values.status}
          onChange={(status) => change({ status })}
          options={documentStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.provisional')}>
        <Select
          aria-label={t('filters.provisional')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={boolValue(values.provisional)}
          onChange={(value?: string) => change({ provisional: toBool(value) })}
          options={[
            { value: 'true', label: t('filters.provisionalOnly') },
            { value: 'false', label: t('filters.notProvisional') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('filters.evaluationDue')}>
        <Select
          aria-label={t('filters.evaluationDue')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={boolValue(values.evaluationDue)}
          onChange={(value?: string) => change({ evaluationDue: toBool(value) })}
          options={[{ value: 'true', label: t('filters.evaluationDueOnly') }]}
        />
      </Form.Item>
      <Form.Item label={t('filters.year')}>
        <Select
          aria-label={t('filters.year')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 110 }}
          value={values.year}
          onChange={(year) => change({ year })}
          options={recentYears().map((year) => ({ value: year, label: String(year) }))}
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
          onSearch={(text) => change({ q: text.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() =>
            onChange({
              status: undefined,
              provisional: undefined,
              evaluationDue: undefined,
              year: undefined,
              q: undefined,
            })
          }
        >
          {tc('actions.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
