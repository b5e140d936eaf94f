import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useDecisions } from '../api/get-decisions';
import { DecisionDrawer } from '../components/decision-drawer';
import { DecisionsTable } from '../components/decisions-table';
import { decisionStatuses, sortableFields } from '../types';

function years(): number[] {
  const next = new Date().getFullYear() + 1;
  return Array.from({ length: 7 }, (_, index) => next - index);
}

/** 重大行政决策: the year's catalogue (目录) and the decisions outside it. */
export default function DecisionsRoute() {
  const { t } = useTranslation('decisions');
  const { t: tc } = useTranslation();
  const township = useTownshipCode();
  const access = useAccess(township);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const search = useListSearch({
    filters: {
      year: filter.integer,
      catalogued: filter.boolean,
      status: filter.oneOf(decisionStatuses),
      q: filter.text,
    },
    defaults: { year: new Date().getFullYear() },
    sortable: sortableFields,
    defaultSort: { field: 'catalogueNumber', order: 'asc' },
  });
  const decisions = useDecisions(township, search.params);
  const year = search.filters.year ?? new Date().getFullYear();
  const values = search.filters;

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Access accessible={access.canKeepRegisters}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        </Access>
      }
    >
      <Card title={t('catalogue', { year })}>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
          <Form.Item label={t('year')}>
            <Select
              aria-label={t('year')}
              style={{ width: 110 }}
              value={year}
              onChange={(next: number) => search.setFilters({ year: next })}
              options={years().map((value) => ({
                value,
                label: t('yearValue', { year: value }),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('filters.catalogued')}>
            <Select
              aria-label={t('filters.catalogued')}
              allowClear
              placeholder={t('filters.all')}
              style={{ width: 130 }}
              value={values.catalogued === undefined ? undefined : String(values.catalogued)}
              onChange={(value?: string) =>
                search.setFilters({
                  catalogued: value === undefined ? undefined : value === 'true',
                })
              }
              options={[
                { value: 'true', label: t('filters.cataloguedOnly') },
                { value: 'false', label: t('filters.notCatalogued') },
              ]}
            />
          </Form.Item>
          <Form.Item label={t('filters.status')}>
            <Select
              aria-label={t('filters.status')}
              allowClear
              placeholder={t('filters.all')}
              style={{ width: 140 }}
              value={values.status}
              onChange={(status) => search.setFilters({ status })}
              options={decisionStatuses.map((value) => ({
                value,
                label: t(`status.${value}`),
              }))}
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
              onSearch={(text) => search.setFilters({ q: text.trim() || undefined })}
            />
          </Form.Item>
        </Form>
        {decisions.isError && <ProblemAlert error={decisions.error} style={{ marginBottom: 16 }} />}
        <DecisionsTable
          township={township}
          page={decisions.data}
          loading={decisions.isFetching}
          sort={search.sort}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
        />
      </Card>
      {creating && (
        <DecisionDrawer
          township={township}
          year={year}
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(townshipPath(township, `major-decisions/${id}`))}
        />
      )}
    </PageContainer>
  );
}
