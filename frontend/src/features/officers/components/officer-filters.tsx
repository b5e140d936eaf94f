import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { OfficerListParams } from '@/lib/api/officers';

import { departments, statuses } from '../types';

export type OfficerFilterValues = Pick<
  OfficerListParams,
  'department' | 'status' | 'expiringWithinDays' | 'q'
>;

export const expiryWindows = [30, 60, 90] as const;

/** The query bar above the table: department, status, certificate expiry, text. */
export function OfficerFilters({
  values,
  onChange,
}: {
  values: OfficerFilterValues;
  onChange: (values: OfficerFilterValues) => void;
}) {
  const { t } = useTranslation('officers');
  const { t: tc } = useTranslation();
  const change = (patch: Partial<OfficerFilterValues>) => onChange({ ...values, ...patch });

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
      <Form.Item label={t('filters.department')}>
        <Select
          aria-label={t('filters.department')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 150 }}
          value={values.department}
          onChange={(department) => change({ department })}
          options={departments.map((value) => ({ value, label: t(`department.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.status')}>
        <Select
          aria-label={t('filters.status')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 120 }}
          value={values.status}
          onChange={(status) => change({ status })}
          options={statuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.expiring')}>
        <Select
          aria-label={t('filters.expiring')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 140 }}
          value={values.expiringWithinDays}
          onChange={(expiringWithinDays) => change({ expiringWithinDays })}
          options={expiryWindows.map((days) => ({
            value: days,
            label: t('filters.expiringWithin', { days }),
          }))}
        />
      </Form.Item>
      <Form.Item>
        <Input.Search
          // a new q from the address (reset, back button) replaces what was typed
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
              department: undefined,
              status: undefined,
              expiringWithinDays: undefined,
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
