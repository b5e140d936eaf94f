import { Card, Flex, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { TownshipNotFound } from '@/components/township-not-found';
import { isNotFound } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';

import '../i18n';
import { usePublicMatters } from '../api/public-lists';
import { PublicListsNav } from '../components/public-lists-nav';
import { matterKinds, type MatterKind, type PublicMatter } from '../types';
import { shownTotal } from '@/lib/list-total';

/** 行政执法事项清单: the township's published enforcement matters; no login. */
export default function PublicMattersRoute() {
  const { t } = useTranslation('publicInspections');
  const format = useFormat();
  const { township = '' } = useParams();
  const [page, setPage] = useState({ page: 0, size: 20 });
  const [kind, setKind] = useState<MatterKind | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const matters = usePublicMatters(township, { ...page, kind, q });

  if (isNotFound(matters.error)) return <TownshipNotFound />;

  return (
    <PageContainer title={t('matters.title')} subTitle={t('matters.subTitle')}>
      <PublicListsNav township={township} active="enforcement-matters" />
      <Card>
        <Flex gap={16} wrap justify="space-between" style={{ marginBottom: 16 }}>
          <Segmented<string>
            value={kind ?? 'ALL'}
            onChange={(value) => {
              setKind(matterKinds.find((candidate) => candidate === value));
              setPage({ page: 0, size: page.size });
            }}
            options={[
              { value: 'ALL', label: t('matters.all') },
              ...matterKinds.map((value) => ({ value, label: t(`kind.${value}`) })),
            ]}
          />
          <Input.Search
            aria-label={t('matters.search')}
            placeholder={t('matters.search')}
            allowClear
            style={{ width: 280 }}
            onSearch={(text) => {
              setQ(text.trim() || undefined);
              setPage({ page: 0, size: page.size });
            }}
          />
        </Flex>
        {matters.isError && <ProblemAlert error={matters.error} style={{ marginBottom: 16 }} />}
        <Table<PublicMatter>
          rowKey={(matter) => matter.code}
          size="middle"
          loading={matters.isFetching}
          dataSource={matters.data?.items ?? []}
          locale={{ emptyText: t('matters.empty') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('matters.columns.code'), dataIndex: 'code', key: 'code' },
            {
              title: t('matters.columns.name'),
              dataIndex: 'name',
              key: 'name',
              render: (name: string, matter) => (
                <Flex vertical gap={2} style={{ width: 320 }}>
                  <Typography.Text strong>{name}</Typography.Text>
                  <span>
                    {matter.source === 'COUNTY_DELEGATED' ? (
                      <Tag color="purple">{t('source.COUNTY_DELEGATED')}</Tag>
                    ) : (
                      <Tag>{t('source.OWN')}</Tag>
                    )}
                    {matter.delegationReference && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {matter.delegationReference}
                      </Typography.Text>
                    )}
                  </span>
                </Flex>
              ),
            },
            {
              title: t('matters.columns.kind'),
              dataIndex: 'kind',
              key: 'kind',
              render: (value: MatterKind) => <Tag>{t(`kind.${value}`)}</Tag>,
            },
            {
              title: t('matters.columns.field'),
              key: 'field',
              render: (_, matter) => (
                <Flex vertical>
                  <span>{t(`field.${matter.field}`)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`department.${matter.department}`)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('matters.columns.legalBasis'),
              dataIndex: 'legalBasis',
              key: 'legalBasis',
              render: (basis: string) => <div style={{ width: 240 }}>{basis}</div>,
            },
            {
              title: t('matters.columns.publishedOn'),
              dataIndex: 'publishedOn',
              key: 'publishedOn',
              render: (date: string) => (
                <span style={{ whiteSpace: 'nowrap' }}>{format.date(date)}</span>
              ),
            },
          ]}
          pagination={{
            current: (matters.data?.page ?? 0) + 1,
            pageSize: matters.data?.size ?? 20,
            total: matters.data?.total ?? 0,
            showTotal: () => t('total', { total: shownTotal(matters.data) }),
            onChange: (next, size) => setPage({ page: next - 1, size }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
