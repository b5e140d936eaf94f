import { Space, Table, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import {
  sortableFields,
  type NormativeDocument,
  type NormativeDocumentPage,
  type SortableField,
} from '../types';

import { DocumentStatusTag, ProvisionalTag, ValidityTags } from './document-tags';
import './documents-table.css';
import { shownTotal } from '@/lib/list-total';

type Props = {
  township: string;
  page: NormativeDocumentPage | undefined;
  loading: boolean;
  sort: ListSort<SortableField>;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<SortableField> | undefined) => void;
};

export function DocumentsTable({ township, page, loading, sort, ...props }: Props) {
  const { t } = useTranslation('documents');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const path = (document: NormativeDocument) =>
    townshipPath(township, `normative-documents/${document.id}`);

  const columns: ColumnsType<NormativeDocument> = [
    {
      title: t('columns.number'),
      dataIndex: 'number',
      key: 'number',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'number'),
      render: (number: string | null) =>
        number ?? <Typography.Text type="secondary">{t('noNumber')}</Typography.Text>,
    },
    {
      title: t('columns.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'title'),
      render: (title: string, document) => (
        <Space size={6} wrap>
          <Link to={path(document)}>
            <Typography.Text strong>{title}</Typography.Text>
          </Link>
          {document.provisional && <ProvisionalTag />}
        </Space>
      ),
    },
    { title: t('columns.issuer'), dataIndex: 'issuer', key: 'issuer' },
    {
      title: t('columns.status'),
      key: 'status',
      render: (_, document) => (
        <Space size={4} wrap>
          <DocumentStatusTag status={document.status} />
          <ValidityTags document={document} />
        </Space>
      ),
    },
    {
      title: t('columns.effectiveOn'),
      dataIndex: 'effectiveOn',
      key: 'effectiveOn',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'effectiveOn'),
      render: (date: string | null) => format.date(date),
    },
    {
      title: t('columns.validUntil'),
      dataIndex: 'validUntil',
      key: 'validUntil',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'validUntil'),
      render: (date: string | null) => format.date(date),
    },
    {
      title: t('columns.evaluationDueOn'),
      dataIndex: 'evaluationDueOn',
      key: 'evaluationDueOn',
      render: (date: string | null) => format.date(date),
    },
    {
      title: t('columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, document) => <Link to={path(document)}>{tc('actions.view')}</Link>,
    },
  ];

  const onChange: TableProps<NormativeDocument>['onChange'] = (
    pagination,
    _filters,
    sorter,
    extra,
  ) => {
    if (extra.action === 'sort') {
      props.onSortChange(sortFromTable(sorter, sortableFields));
      return;
    }
    props.onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<NormativeDocument>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      rowClassName={(document) =>
        document.expired
          ? 'document-row-expired'
          : document.evaluationDue
            ? 'document-row-evaluation'
            : ''
      }
      pagination={{
        current: (page?.page ?? 0) + 1,
        pageSize: page?.size ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: () => tc('table.total', { total: shownTotal(page) }),
      }}
      onChange={onChange}
    />
  );
}
