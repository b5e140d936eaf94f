import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
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
import { useInspections } from '../api/inspections';
import { FilterBar } from '../components/filter-bar';
import { InspectionDrawer } from '../components/inspection-drawer';
import { InspectionTabs } from '../components/inspection-tabs';
import { InspectionsTable } from '../components/inspections-table';
import {
  enforcementFields,
  inspectionSortable,
  inspectionStatuses,
  reasons,
  results,
} from '../types';

function recentYears(count = 6): number[] {
  const next = new Date().getFullYear() + 1;
  return Array.from({ length: count }, (_, index) => next - index);
}

/** 涉企检查: the township's enterprise inspections, proposed, approved, notified and done. */
export default function InspectionsRoute() {
  const { t } = useTranslation('inspections');
  const township = useTownshipCode();
  const access = useAccess(township);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const search = useListSearch({
    filters: {
      status: filter.oneOf(inspectionStatuses),
      field: filter.oneOf(enforcementFields),
      year: filter.integer,
      reason: filter.oneOf(reasons),
      result: filter.oneOf(results),
      q: filter.text,
    },
    sortable: inspectionSortable,
    defaultSort: { field: 'plannedOn', order: 'desc' },
  });
  const inspections = useInspections(township, search.params);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Access accessible={access.canInspect}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('list.create')}
          </Button>
        </Access>
      }
    >
      <InspectionTabs township={township} active="inspections">
        <FilterBar
          values={search.filters}
          onChange={search.setFilters}
          selects={[
            {
              key: 'status',
              label: t('filters.status'),
              width: 120,
              options: inspectionStatuses.map((value) => ({
                value,
                label: t(`status.${value}`),
              })),
            },
            {
              key: 'field',
              label: t('filters.field'),
              width: 170,
              options: enforcementFields.map((value) => ({ value, label: t(`field.${value}`) })),
            },
            {
              key: 'year',
              label: t('filters.year'),
              width: 100,
              options: recentYears().map((year) => ({ value: year, label: String(year) })),
            },
            {
              key: 'reason',
              label: t('filters.reason'),
              width: 130,
              options: reasons.map((value) => ({ value, label: t(`reason.${value}`) })),
            },
            {
              key: 'result',
              label: t('filters.result'),
              width: 130,
              options: results.map((value) => ({ value, label: t(`result.${value}`) })),
            },
          ]}
          search={{ key: 'q', placeholder: t('filters.inspectionSearch') }}
        />
        {inspections.isError && (
          <ProblemAlert error={inspections.error} style={{ marginBottom: 16 }} />
        )}
        <InspectionsTable
          township={township}
          page={inspections.data}
          loading={inspections.isFetching}
          sort={search.sort}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
        />
      </InspectionTabs>
      {creating && (
        <InspectionDrawer
          township={township}
          target={{ mode: 'create' }}
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(townshipPath(township, `inspections/${id}`))}
        />
      )}
    </PageContainer>
  );
}
