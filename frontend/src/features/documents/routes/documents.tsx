import { GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { publicPath, townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useDocuments } from '../api/get-documents';
import { DocumentDrawer } from '../components/document-drawer';
import { DocumentFilters } from '../components/document-filters';
import { DocumentsTable } from '../components/documents-table';
import { RegisterTabs } from '../components/register-tabs';
import { documentStatuses, sortableFields } from '../types';

/** 规范性文件: the township's register of normative documents with their validity (LR-06). */
export default function DocumentsRoute() {
  const { t } = useTranslation('documents');
  const township = useTownshipCode();
  const access = useAccess(township);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const search = useListSearch({
    filters: {
      status: filter.oneOf(documentStatuses),
      provisional: filter.boolean,
      evaluationDue: filter.boolean,
      year: filter.integer,
      q: filter.text,
    },
    sortable: sortableFields,
    defaultSort: { field: 'createdAt', order: 'desc' },
  });
  const documents = useDocuments(township, search.params);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <>
          <a href={publicPath(township, 'normative-documents')} target="_blank" rel="noreferrer">
            <Button icon={<GlobalOutlined />}>{t('detail.publicLink')}</Button>
          </a>
          <Access accessible={access.canKeepRegisters}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          </Access>
        </>
      }
    >
      <RegisterTabs township={township} active="register">
        <DocumentFilters values={search.filters} onChange={search.setFilters} />
        {documents.isError && <ProblemAlert error={documents.error} style={{ marginBottom: 16 }} />}
        <DocumentsTable
          township={township}
          page={documents.data}
          loading={documents.isFetching}
          sort={search.sort}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
        />
      </RegisterTabs>
      {creating && (
        <DocumentDrawer
          township={township}
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(townshipPath(township, `normative-documents/${id}`))}
        />
      )}
    </PageContainer>
  );
}
