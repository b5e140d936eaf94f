import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { useFormat } from '@/lib/format';
import { useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useCleanUps } from '../api/clean-ups';
import { OpenCleanUpModal } from '../components/clean-up-modals';
import { RegisterTabs } from '../components/register-tabs';
import type { CleanUp } from '../types';
import { shownTotal } from '@/lib/list-total';

/** 集中清理: the township's clean-up campaigns of normative documents. */
export default function CleanUpsRoute() {
  const { t } = useTranslation('documents');
  const { t: tc } = useTranslation();
  const township = useTownshipCode();
  const access = useAccess(township);
  const format = useFormat();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const search = useListSearch({
    filters: {},
    sortable: ['heldOn'] as const,
    defaultSort: { field: 'heldOn', order: 'desc' },
  });
  const cleanUps = useCleanUps(township, search.params);
  const path = (cleanUp: CleanUp) =>
    townshipPath(township, `normative-documents/clean-ups/${cleanUp.id}`);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Access accessible={access.canKeepRegisters}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('cleanUps.create')}
          </Button>
        </Access>
      }
    >
      <RegisterTabs township={township} active="cleanUps">
        {cleanUps.isError && <ProblemAlert error={cleanUps.error} style={{ marginBottom: 16 }} />}
        <Table<CleanUp>
          rowKey="id"
          size="middle"
          loading={cleanUps.isFetching}
          dataSource={cleanUps.data?.items ?? []}
          locale={{ emptyText: t('cleanUps.empty') }}
          columns={[
            {
              title: t('cleanUps.name'),
              dataIndex: 'name',
              key: 'name',
              render: (name: string, cleanUp) => <Link to={path(cleanUp)}>{name}</Link>,
            },
            {
              title: t('cleanUps.heldOn'),
              dataIndex: 'heldOn',
              key: 'heldOn',
              render: (date: string) => format.date(date),
            },
            {
              title: t('cleanUps.status'),
              dataIndex: 'status',
              key: 'status',
              render: (status: CleanUp['status']) => (
                <Tag color={status === 'OPEN' ? 'processing' : 'default'}>
                  {t(`cleanUps.statusValue.${status}`)}
                </Tag>
              ),
            },
            {
              title: t('cleanUps.decisions'),
              key: 'decisions',
              render: (_, cleanUp) => cleanUp.decisions.length,
            },
            {
              title: t('cleanUps.closedOn'),
              dataIndex: 'closedOn',
              key: 'closedOn',
              render: (date: string | null) => format.date(date),
            },
            {
              title: t('columns.actions'),
              key: 'actions',
              render: (_, cleanUp) => <Link to={path(cleanUp)}>{tc('actions.view')}</Link>,
            },
          ]}
          pagination={{
            current: (cleanUps.data?.page ?? 0) + 1,
            pageSize: cleanUps.data?.size ?? 20,
            total: cleanUps.data?.total ?? 0,
            showTotal: () => tc('table.total', { total: shownTotal(cleanUps.data) }),
            onChange: (page, size) => search.setPage(page - 1, size),
          }}
        />
      </RegisterTabs>
      {opening && (
        <OpenCleanUpModal
          township={township}
          onClose={() => setOpening(false)}
          onOpened={(id) =>
            void navigate(townshipPath(township, `normative-documents/clean-ups/${id}`))
          }
        />
      )}
    </PageContainer>
  );
}
