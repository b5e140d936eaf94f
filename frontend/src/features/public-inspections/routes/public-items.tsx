import { Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { TownshipNotFound } from '@/components/township-not-found';
import { isNotFound } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';

import '../i18n';
import { usePublicItems } from '../api/public-lists';
import { PublicListsNav } from '../components/public-lists-nav';
import type { PublicItem } from '../types';
import { shownTotal } from '@/lib/list-total';

/** 涉企行政检查事项清单: the published inspection items (清单之外无检查); no login. */
export default function PublicItemsRoute() {
  const { t } = useTranslation('publicInspections');
  const format = useFormat();
  const { township = '' } = useParams();
  const [page, setPage] = useState({ page: 0, size: 50 });
  const items = usePublicItems(township, page);

  if (isNotFound(items.error)) return <TownshipNotFound />;
  // the list's own title, as the township published it
  const listTitle = items.data?.items[0]?.listTitle;

  return (
    <PageContainer title={t('items.title')} subTitle={t('items.subTitle')}>
      <PublicListsNav township={township} active="inspection-items" />
      <Card title={listTitle}>
        {items.isError && <ProblemAlert error={items.error} style={{ marginBottom: 16 }} />}
        <Table<PublicItem>
          rowKey="id"
          size="middle"
          loading={items.isFetching}
          dataSource={items.data?.items ?? []}
          locale={{ emptyText: t('items.empty') }}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('items.columns.code'), dataIndex: 'code', key: 'code', width: 110 },
            {
              title: t('items.columns.name'),
              dataIndex: 'name',
              key: 'name',
              render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
            },
            { title: t('items.columns.subjects'), dataIndex: 'subjects', key: 'subjects' },
            {
              title: t('items.columns.legalBasis'),
              dataIndex: 'legalBasis',
              key: 'legalBasis',
              width: 240,
            },
            {
              title: t('items.columns.department'),
              dataIndex: 'department',
              key: 'department',
              render: (department: PublicItem['department']) => t(`department.${department}`),
            },
            {
              title: t('items.columns.method'),
              dataIndex: 'method',
              key: 'method',
              render: (method: PublicItem['method']) => <Tag>{t(`method.${method}`)}</Tag>,
            },
            {
              title: t('items.columns.yearlyCap'),
              dataIndex: 'yearlyCap',
              key: 'yearlyCap',
              render: (count: number) => t('items.yearlyCapValue', { count }),
            },
            {
              title: t('items.columns.publishedOn'),
              dataIndex: 'publishedOn',
              key: 'publishedOn',
              render: (date: string) => format.date(date),
            },
          ]}
          pagination={{
            current: (items.data?.page ?? 0) + 1,
            pageSize: items.data?.size ?? 50,
            total: items.data?.total ?? 0,
            showTotal: () => t('total', { total: shownTotal(items.data) }),
            onChange: (next, size) => setPage({ page: next - 1, size }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
