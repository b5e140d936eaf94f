import { GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { publicPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useMatters } from '../api/get-matters';
import { MatterActionModal, type MatterVerb } from '../components/matter-action-modal';
import { MatterDrawer, type MatterDrawerTarget } from '../components/matter-drawer';
import { MatterFilters } from '../components/matter-filters';
import { MattersTable } from '../components/matters-table';
import {
  departments,
  enforcementFields,
  matterKinds,
  matterSources,
  sortableFields,
  type EnforcementMatter,
} from '../types';

/** 执法事项: the township's list of enforcement powers (权责清单), kept by staff, published by a leader. */
export default function MattersRoute() {
  const { t } = useTranslation('matters');
  const township = useTownshipCode();
  const access = useAccess(township);
  const [drawer, setDrawer] = useState<MatterDrawerTarget | null>(null);
  const [action, setAction] = useState<{ matter: EnforcementMatter; verb: MatterVerb } | null>(
    null,
  );
  const search = useListSearch({
    filters: {
      kind: filter.oneOf(matterKinds),
      field: filter.oneOf(enforcementFields),
      department: filter.oneOf(departments),
      source: filter.oneOf(matterSources),
      published: filter.boolean,
      q: filter.text,
    },
    sortable: sortableFields,
    defaultSort: { field: 'code', order: 'asc' },
  });
  const matters = useMatters(township, search.params);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <>
          <a href={publicPath(township, 'enforcement-matters')} target="_blank" rel="noreferrer">
            <Button icon={<GlobalOutlined />}>{t('publicLink')}</Button>
          </a>
          <Access accessible={access.canKeepRegisters}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ mode: 'create' })}
            >
              {t('create')}
            </Button>
          </Access>
        </>
      }
    >
      <Card>
        <MatterFilters values={search.filters} onChange={search.setFilters} />
        {matters.isError && <ProblemAlert error={matters.error} style={{ marginBottom: 16 }} />}
        <MattersTable
          page={matters.data}
          loading={matters.isFetching}
          sort={search.sort}
          access={access}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
          onEdit={(matter) => setDrawer({ mode: 'edit', id: matter.id })}
          onPublish={(matter) => setAction({ matter, verb: 'publish' })}
          onWithdraw={(matter) => setAction({ matter, verb: 'withdraw' })}
        />
      </Card>
      {drawer && (
        <MatterDrawer township={township} target={drawer} onClose={() => setDrawer(null)} />
      )}
      {action && (
        <MatterActionModal
          township={township}
          matter={action.matter}
          verb={action.verb}
          onClose={() => setAction(null)}
        />
      )}
    </PageContainer>
  );
}
