import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ReviewListParams } from '../api/get-reviews';
import { outcomes, subjectTypes } from '../types';

export type ReviewFilterValues = Pick<
  ReviewListParams,
  'subjectType' | 'status' | 'overdue' | 'year' | 'subjectRef'
>;

/** The years offered: this one and the four before. */
export function recentYears(count = 5): number[] {
  const year = new Date().getFullYear();
  return Array.from({ length: count }, (_, index) => year - index);
}

/** The query bar above the full list: subject type, status, overdue, year, reference. */
export function ReviewFilters({
  values,
  onChange,
}: {
  values: ReviewFilterValues;
  onChange: (values: ReviewFilterValues) => void;
}) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation();
  const change = (patch: Partial<ReviewFilterValues>) => onChange({ ...values, ...patch });

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
      <Form.Item label={t('filters.subjectType')}>
        <Select
          aria-label={t('filters.subjectType')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 150 }}
          value={values.subjectType}
          onChange={(subjectType) => change({ subjectType })}
          options={subjectTypes.map((value) => ({ value, label: t(`subjectType.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.status')}>
        <Select
          aria-label={t('filters.status')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 130 }}
          value={values.status}
          onChange={(status) => change({ status })}
          options={outcomes.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filters.overdue')}>
        <Select
          aria-label={t('filters.overdue')}
          allowClear
          placeholder={t('filters.all')}
          style={{ width: 120 }}
          value={values.overdue === undefined ? undefined : String(values.overdue)}
          onChange={(overdue?: string) =>
            change({ overdue: overdue === undefined ? undefined : overdue === 'true' })
          }
          options={[
            { value: 'true', label: t('filters.overdueOnly') },
            { value: 'false', label: t('filters.notOverdue') },
          ]}
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
          key={values.subjectRef ?? ''}
          aria-label={t('filters.subjectRef')}
          placeholder={t('filters.subjectRef')}
          allowClear
          defaultValue={values.subjectRef}
          enterButton={tc('actions.search')}
          style={{ width: 260 }}
          onSearch={(text) => change({ subjectRef: text.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() =>
            onChange({
              subjectType: undefined,
              status: undefined,
              overdue: undefined,
              year: undefined,
              subjectRef: undefined,
            })
          }
        >
          {tc('actions.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
