import { Button, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ExamListParams } from '../api/exam-registrations';
import { examStatuses } from '../types';

export type ExamFilterValues = Pick<ExamListParams, 'year' | 'status'>;

/** This year's exam, the next one and the last few. */
export function examYears(count = 6): number[] {
  const next = new Date().getFullYear() + 1;
  return Array.from({ length: count }, (_, index) => next - index);
}

export function ExamFilters({
  values,
  onChange,
}: {
  values: ExamFilterValues;
  onChange: (values: ExamFilterValues) => void;
}) {
  const { t } = useTranslation('officers');
  const { t: tc } = useTranslation();
  const change = (patch: Partial<ExamFilterValues>) => onChange({ ...values, ...patch });
  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
      <Form.Item label={t('exams.filters.year')}>
        <Select
          aria-label={t('exams.filters.year')}
          allowClear
          placeholder={t('exams.filters.all')}
          style={{ width: 110 }}
          value={values.year}
          onChange={(year) => change({ year })}
          options={examYears().map((year) => ({ value: year, label: String(year) }))}
        />
      </Form.Item>
      <Form.Item label={t('exams.filters.status')}>
        <Select
          aria-label={t('exams.filters.status')}
          allowClear
          placeholder={t('exams.filters.all')}
          style={{ width: 120 }}
          value={values.status}
          onChange={(status) => change({ status })}
          options={examStatuses.map((value) => ({ value, label: t(`exams.status.${value}`) }))}
        />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({ year: undefined, status: undefined })}>
          {tc('actions.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
