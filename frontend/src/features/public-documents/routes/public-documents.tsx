import { Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { TownshipNotFound } from '@/components/township-not-found';
import { isNotFound } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';

import '../i18n';
import { usePublicDocuments } from '../api/get-public-documents';
import type { PublicDocument } from '../types';
import { shownTotal } from '@/lib/list-total';

/** 现行有效规范性文件: the public list of a township's documents in force; no login. */
export default function PublicDocumentsRoute() {
  const { t } = useTranslation('publicDocuments');
  const format = useFormat();
  const { township = '' } = useParams();
  const [page, setPage] = useState({ page: 0, size: 20 });
  const documents = usePublicDocuments(township, page.page, page.size);

  if (isNotFound(documents.error)) return <TownshipNotFound />;

  return (
    <PageContainer title={t('title')} subTitle={t('subTitle')}>
      <Card>
        {documents.isError && <ProblemAlert error={documents.error} style={{ marginBottom: 16 }} />}
        <Table<PublicDocument>
          rowKey={(document) => document.number}
          size="middle"
          loading={documents.isFetching}
          dataSource={documents.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('columns.number'), dataIndex: 'number', key: 'number', width: 200 },
            {
              title: t('columns.title'),
              dataIndex: 'title',
              key: 'title',
              render: (title: string, document) => (
                <Space size={6} wrap>
                  <Typography.Text strong>{title}</Typography.Text>
                  {document.provisional && <Tag color="orange">{t('provisional')}</Tag>}
                </Space>
              ),
            },
            { title: t('columns.issuer'), dataIndex: 'issuer', key: 'issuer' },
            {
              title: t('columns.issuedOn'),
              dataIndex: 'issuedOn',
              key: 'issuedOn',
              render: (date: string) => format.date(date),
            },
            {
              title: t('columns.effectiveOn'),
              dataIndex: 'effectiveOn',
              key: 'effectiveOn',
              render: (date: string) => format.date(date),
            },
            {
              title: t('columns.validUntil'),
              dataIndex: 'validUntil',
              key: 'validUntil',
              render: (date: string) => format.date(date),
            },
          ]}
          pagination={{
            current: (documents.data?.page ?? 0) + 1,
            pageSize: documents.data?.size ?? 20,
            total: documents.data?.total ?? 0,
            showTotal: () => t('total', { total: shownTotal(documents.data) }),
            onChange: (next, size) => setPage({ page: next - 1, size }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
