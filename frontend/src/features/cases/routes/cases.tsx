import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
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
import { useCases } from '../api/get-cases';
import { CaseDrawer } from '../components/case-drawer';
import { CaseFilters } from '../components/case-filters';
import { CasesTable } from '../components/cases-table';
import {
  caseStatuses,
  enforcementFields,
  outcomeKinds,
  procedures,
  sortableFields,
} from '../types';

/** 行政处罚案件: the township's register of cases, with state and deadline marks. */
export default function CasesRoute() {
  const { t } = useTranslation('cases');
  const township = useTownshipCode();
  const access = useAccess(township);
  const navigate = useNavigate();
  const [filing, setFiling] = useState(false);
  const search = useListSearch({
    filters: {
      status: filter.oneOf(caseStatuses),
      field: filter.oneOf(enforcementFields),
      procedure: filter.oneOf(procedures),
      year: filter.integer,
      outcome: filter.oneOf(outcomeKinds),
      q: filter.text,
      dueWithinDays: filter.integer,
    },
    sortable: sortableFields,
    defaultSort: { field: 'filedOn', order: 'desc' },
  });
  const cases = useCases(township, search.params);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Access accessible={access.canActOnCases}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('create')}
          </Button>
        </Access>
      }
    >
      <Card>
        <CaseFilters values={search.filters} onChange={search.setFilters} />
        {cases.isError && <ProblemAlert error={cases.error} style={{ marginBottom: 16 }} />}
        <CasesTable
          township={township}
          page={cases.data}
          loading={cases.isFetching}
          sort={search.sort}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
        />
      </Card>
      {filing && (
        <CaseDrawer
          township={township}
          onClose={() => setFiling(false)}
          onCreated={(id) => void navigate(townshipPath(township, `enforcement-cases/${id}`))}
        />
      )}
    </PageContainer>
  );
}
