import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useAccess } from '@/lib/access';
import { useOfficers } from '@/lib/api/officers';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { OfficerDrawer, type DrawerTarget } from '../components/officer-drawer';
import { OfficerFilters } from '../components/officer-filters';
import { OfficerStatusModal, type StatusAction } from '../components/officer-status-modal';
import { OfficerTabs } from '../components/officer-tabs';
import { OfficersTable } from '../components/officers-table';
import type { Officer } from '../types';

import { useOfficerSearch } from './use-officer-search';

/** 执法人员: the township's enforcement officers and their certificates. */
export default function OfficersRoute() {
  const { t } = useTranslation('officers');
  const township = useTownshipCode();
  const access = useAccess(township);
  const search = useOfficerSearch();
  const officers = useOfficers(township, search.params);
  const [drawer, setDrawer] = useState<DrawerTarget | null>(null);
  const [statusChange, setStatusChange] = useState<{
    officer: Officer;
    action: StatusAction;
  } | null>(null);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Access accessible={access.canRegisterOfficers}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrawer({ mode: 'create' })}
          >
            {t('register')}
          </Button>
        </Access>
      }
    >
      <OfficerTabs township={township} active="register">
        <OfficerFilters values={search.filters} onChange={search.setFilters} />
        {officers.isError && <ProblemAlert error={officers.error} style={{ marginBottom: 16 }} />}
        <OfficersTable
          page={officers.data}
          loading={officers.isFetching}
          sort={search.sort}
          access={access}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
          onEdit={(officer) => setDrawer({ mode: 'edit', id: officer.id })}
          onSuspend={(officer) => setStatusChange({ officer, action: 'suspend' })}
          onReinstate={(officer) => setStatusChange({ officer, action: 'reinstate' })}
        />
      </OfficerTabs>
      {drawer && (
        <OfficerDrawer township={township} target={drawer} onClose={() => setDrawer(null)} />
      )}
      {statusChange && (
        <OfficerStatusModal
          township={township}
          officer={statusChange.officer}
          action={statusChange.action}
          onClose={() => setStatusChange(null)}
        />
      )}
    </PageContainer>
  );
}
