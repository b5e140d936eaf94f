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
import { useContracts } from '../api/get-contracts';
import { ContractDrawer } from '../components/contract-drawer';
import { ContractFilters } from '../components/contract-filters';
import { ContractsTable } from '../components/contracts-table';
import { contractStatuses, contractTypes, sortableFields } from '../types';

/** 合同台账: every contract of the township from draft to archive, with its major and expiry marks. */
export default function ContractsRoute() {
  const { t } = useTranslation('contracts');
  const township = useTownshipCode();
  const access = useAccess(township);
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const search = useListSearch({
    filters: {
      status: filter.oneOf(contractStatuses),
      type: filter.oneOf(contractTypes),
      major: filter.boolean,
      year: filter.integer,
      endingWithinDays: filter.integer,
      overdue: filter.boolean,
      q: filter.text,
    },
    sortable: sortableFields,
    defaultSort: { field: 'number', order: 'desc' },
  });
  const contracts = useContracts(township, search.params);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Access accessible={access.canKeepRegisters}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('create')}
          </Button>
        </Access>
      }
    >
      <Card>
        <ContractFilters values={search.filters} onChange={search.setFilters} />
        {contracts.isError && <ProblemAlert error={contracts.error} style={{ marginBottom: 16 }} />}
        <ContractsTable
          township={township}
          page={contracts.data}
          loading={contracts.isFetching}
          sort={search.sort}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
        />
      </Card>
      {registering && (
        <ContractDrawer
          township={township}
          onClose={() => setRegistering(false)}
          onCreated={(id) => void navigate(townshipPath(township, `contracts/${id}`))}
        />
      )}
    </PageContainer>
  );
}
