import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { useFormat } from '@/lib/format';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useAdvisers } from '../api/advisers';
import { AdviserDrawer } from '../components/adviser-drawer';
import { EngagementTag } from '../components/engagement-tag';
import type { LegalAdviser } from '../types';
import { shownTotal } from '@/lib/list-total';

/** 法律顾问: the advisers the township engages. */
export default function AdvisersRoute() {
  const { t } = useTranslation('advisers');
  const { t: tc } = useTranslation();
  const township = useTownshipCode();
  const access = useAccess(township);
  const format = useFormat();
  const navigate = useNavigate();
  const [engaging, setEngaging] = useState(false);
  const search = useListSearch({
    filters: { q: filter.text },
    sortable: ['engagedFrom'] as const,
    defaultSort: { field: 'engagedFrom', order: 'desc' },
  });
  const advisers = useAdvisers(township, search.params);
  const path = (adviser: LegalAdviser) => townshipPath(township, `legal-advisers/${adviser.id}`);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Access accessible={access.canKeepRegisters}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEngaging(true)}>
            {t('engage')}
          </Button>
        </Access>
      }
    >
      <Card>
        <Input.Search
          key={search.filters.q ?? ''}
          aria-label={t('search')}
          placeholder={t('search')}
          allowClear
          defaultValue={search.filters.q}
          enterButton={tc('actions.search')}
          style={{ width: 320, marginBottom: 16 }}
          onSearch={(text) => search.setFilters({ q: text.trim() || undefined })}
        />
        {advisers.isError && <ProblemAlert error={advisers.error} style={{ marginBottom: 16 }} />}
        <Table<LegalAdviser>
          rowKey="id"
          size="middle"
          loading={advisers.isFetching}
          dataSource={advisers.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          columns={[
            {
              title: t('columns.name'),
              dataIndex: 'name',
              key: 'name',
              render: (name: string, adviser) => (
                <Link to={path(adviser)}>
                  <Typography.Text strong>{name}</Typography.Text>
                </Link>
              ),
            },
            { title: t('columns.lawFirm'), dataIndex: 'lawFirm', key: 'lawFirm' },
            {
              title: t('columns.engagement'),
              key: 'engagement',
              render: (_, adviser) =>
                t('engagementValue', {
                  from: format.date(adviser.engagedFrom),
                  until: format.date(adviser.engagedUntil),
                }),
            },
            {
              title: t('columns.status'),
              dataIndex: 'status',
              key: 'status',
              render: (status: LegalAdviser['status']) => <EngagementTag status={status} />,
            },
            {
              title: t('columns.scope'),
              dataIndex: 'scope',
              key: 'scope',
              ellipsis: true,
            },
            {
              title: t('columns.actions'),
              key: 'actions',
              render: (_, adviser) => <Link to={path(adviser)}>{tc('actions.view')}</Link>,
            },
          ]}
          pagination={{
            current: (advisers.data?.page ?? 0) + 1,
            pageSize: advisers.data?.size ?? 20,
            total: advisers.data?.total ?? 0,
            showTotal: () => tc('table.total', { total: shownTotal(advisers.data) }),
            onChange: (page, size) => search.setPage(page - 1, size),
          }}
        />
      </Card>
      {engaging && (
        <AdviserDrawer
          township={township}
          onClose={() => setEngaging(false)}
          onSaved={(id) => void navigate(townshipPath(township, `legal-advisers/${id}`))}
        />
      )}
    </PageContainer>
  );
}
