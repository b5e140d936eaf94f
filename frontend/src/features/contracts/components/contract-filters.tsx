import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ContractListParams } from '../api/get-contracts';
import { contractStatuses, contractTypes } from '../types';

export type ContractFilterValues = Pick<
  ContractListParams,
  'status' | 'type' | 'major' | 'year' | 'endingWithinDays' | 'overdue' | 'q'
>;

function recentYears(count = 6): number[] {
  const year = new Date().getFullYear();
  return Array.from({ length: count }, (_, index) => year - index);
}

/**
 * The query bar above the ledger: status, type, major (CON-01), year, ending within N days and overdue (CON-03,
 * as the API decides them), text.
 */
export function ContractFilters({
  values,
  onChange,
}: {
  values: ContractFilterValues;
  onChange: (values: Partial<ContractFilterValues>) => void;
}) {
  const { t } = useTranslation('contracts');
  const { t: tc } = useTranslation();
  // a day count typed (or cleared) is asked for once it is confirmed, not at every keystroke
  const commitDays = (text: string) => {
    const days = text.trim() === '' ? undefined : Number(text.trim());
    if (days === values.endingWithinDays || (days !== undefined && Number.isNaN(days))) return;
    onChange({ endingWithinDays: days });
  };

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
      <Form.Item label={t('filters.status')}>
        <Select
          aria-label={t('filters.status')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 120 }}
          value={values.status}
          onChange={(status) => onChange({ status })}
          options={contractStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.type')}>
        <Select
          aria-label={t('filters.type')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 120 }}
          value={values.type}
          onChange={(type) => onChange({ type })}
          options={contractTypes.map((value) => ({ value, label: t(`type.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.major')}>
        <Select
          aria-label={t('filters.major')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={values.major === undefined ? undefined : String(values.major)}
          onChange={(value?: string) =>
            onChange({ major: value === undefined ? undefined : value === 'true' })
          }
          options={[
            { value: 'true', label: t('filters.majorOnly') },
            { value: 'false', label: t('filters.notMajor') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('filters.year')}>
        <Select
          aria-label={t('filters.year')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 100 }}
          value={values.year}
          onChange={(year) => onChange({ year })}
          options={recentYears().map((year) => ({
            value: year,
            label: t('filters.yearValue', { year }),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.endingWithin')}>
        <InputNumber<number>
          key={values.endingWithinDays ?? ''}
          aria-label={t('filters.endingWithin')}
          min={0}
          precision={0}
          style={{ width: 150 }}
          placeholder={t('filters.endingWithinPlaceholder')}
          suffix={t('filters.endingWithinSuffix')}
          defaultValue={values.endingWithinDays}
          onBlur={(event) => commitDays(event.target.value)}
          onPressEnter={(event) => commitDays((event.target as HTMLInputElement).value)}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={values.overdue === true}
          onChange={(event) => onChange({ overdue: event.target.checked ? true : undefined })}
        >
          {t('filters.overdue')}
        </Checkbox>
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
          onSearch={(text) => onChange({ q: text.trim() || undefined })}
        />
      </Form.Item>
    </Form>
  );
}
