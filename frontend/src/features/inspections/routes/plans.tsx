import { GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { publicPath, townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useInspectionPlans } from '../api/plans';
import { FilterBar } from '../components/filter-bar';
import { InspectionTabs } from '../components/inspection-tabs';
import { PlanDrawer } from '../components/plan-drawer';
import { PlansTable } from '../components/plans-table';
import { planSortable, planStatuses } from '../types';

function recentYears(count = 6): number[] {
  const next = new Date().getFullYear() + 1;
  return Array.from({ length: count }, (_, index) => next - index);
}

/** 年度检查计划: the yearly enterprise inspection plans, filed with the county and published. */
export default function InspectionPlansRoute() {
  const { t } = useTranslation('inspections');
  const township = useTownshipCode();
  const access = useAccess(township);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const search = useListSearch({
    filters: { year: filter.integer, status: filter.oneOf(planStatuses), q: filter.text },
    sortable: planSortable,
    defaultSort: { field: 'year', order: 'desc' },
  });
  const plans = useInspectionPlans(township, search.params);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <>
          <a href={publicPath(township, 'inspection-plans')} target="_blank" rel="noreferrer">
            <Button icon={<GlobalOutlined />}>{t('publicLink')}</Button>
          </a>
          <Access accessible={access.canKeepRegisters}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('plans.create')}
            </Button>
          </Access>
        </>
      }
    >
      <InspectionTabs township={township} active="plans">
        <FilterBar
          values={search.filters}
          onChange={search.setFilters}
          selects={[
            {
              key: 'year',
              label: t('filters.year'),
              width: 110,
              options: recentYears().map((year) => ({ value: year, label: String(year) })),
            },
            {
              key: 'status',
              label: t('filters.planStatus'),
              width: 120,
              options: planStatuses.map((value) => ({ value, label: t(`planStatus.${value}`) })),
            },
          ]}
          search={{ key: 'q', placeholder: t('filters.planSearch') }}
        />
        {plans.isError && <ProblemAlert error={plans.error} style={{ marginBottom: 16 }} />}
        <PlansTable
          township={township}
          page={plans.data}
          loading={plans.isFetching}
          sort={search.sort}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
        />
      </InspectionTabs>
      {creating && (
        <PlanDrawer
          township={township}
          target={{ mode: 'create' }}
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(townshipPath(township, `inspections/plans/${id}`))}
        />
      )}
    </PageContainer>
  );
}
