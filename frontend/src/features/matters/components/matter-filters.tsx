import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { MatterListParams } from '../api/get-matters';
import { departments, enforcementFields, matterKinds, matterSources } from '../types';

export type MatterFilterValues = Pick<
  MatterListParams,
  'kind' | 'field' | 'department' | 'source' | 'published' | 'q'
>;

const boolValue = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
const toBool = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

/** The query bar above the list: kind, field, department, source, publication, text. */
export function MatterFilters({
  values,
  onChange,
}: {
  values: MatterFilterValues;
  onChange: (values: MatterFilterValues) => void;
}) {
  const { t } = useTranslation('matters');
  const { t: tc } = useTranslation();
  const change = (patch: Partial<MatterFilterValues>) => onChange({ ...values, ...patch });

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
      <Form.Item label={t('filters.kind')}>
        <Select
          aria-label={t('filters.kind')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={values.kind}
          onChange={(kind) => change({ kind })}
          options={matterKinds.map((value) => ({ value, label: t(`kind.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.field')}>
        <Select
          aria-label={t('filters.field')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 170 }}
          value={values.field}
          onChange={(field) => change({ field })}
          options={enforcementFields.map((value) => ({ value, label: t(`field.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.department')}>
        <Select
          aria-label={t('filters.department')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={values.department}
          onChange={(department) => change({ department })}
          options={departments.map((value) => ({ value, label: t(`department.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.source')}>
        <Select
          aria-label={t('filters.source')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={values.source}
          onChange={(source) => change({ source })}
          options={matterSources.map((value) => ({ value, label: t(`source.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.published')}>
        <Select
          aria-label={t('filters.published')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 120 }}
          value={boolValue(values.published)}
          onChange={(value?: string) => change({ published: toBool(value) })}
          options={[
            { value: 'true', label: t('filters.publishedOnly') },
            { value: 'false', label: t('filters.notPublished') },
          ]}
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
          style={{ width: 280 }}
          onSearch={(text) => change({ q: text.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() =>
            onChange({
              kind: undefined,
              field: undefined,
              department: undefined,
              source: undefined,
              published: undefined,
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
