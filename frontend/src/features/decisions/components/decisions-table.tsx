import { Progress, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import {
  sortableFields,
  type MajorDecision,
  type MajorDecisionPage,
  type SortableField,
} from '../types';

import { DecisionStatusTag } from './decision-tags';
import { shownTotal } from '@/lib/list-total';

type Props = {
  township: string;
  page: MajorDecisionPage | undefined;
  loading: boolean;
  sort: ListSort<SortableField>;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<SortableField> | undefined) => void;
};

/** The year's catalogue: number, decision, sponsor, status and how far its procedure has come. */
export function DecisionsTable({ township, page, loading, sort, ...props }: Props) {
  const { t } = useTranslation('decisions');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const path = (decision: MajorDecision) =>
    townshipPath(township, `major-decisions/${decision.id}`);

  const columns: ColumnsType<MajorDecision> = [
    {
      title: t('columns.catalogueNumber'),
      dataIndex: 'catalogueNumber',
      key: 'catalogueNumber',
      width: 90,
      sorter: true,
      sortOrder: columnSortOrder(sort, 'catalogueNumber'),
      render: (number: number | null) => number ?? <Tag>{t('notCatalogued')}</Tag>,
    },
    {
      title: t('columns.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'title'),
      render: (title: string, decision) => (
        <Link to={path(decision)}>
          <Typography.Text strong>{title}</Typography.Text>
        </Link>
      ),
    },
    { title: t('columns.sponsor'), dataIndex: 'sponsor', key: 'sponsor' },
    {
      title: t('columns.status'),
      dataIndex: 'status',
      key: 'status',
      render: (status: MajorDecision['status']) => <DecisionStatusTag status={status} />,
    },
    {
      title: t('columns.progress'),
      key: 'progress',
      render: (_, decision) => {
        const done = decision.procedure.filter((step) => step.done).length;
        return (
          <Space size={8}>
            <Progress
              steps={5}
              size="small"
              percent={(done / 5) * 100}
              showInfo={false}
              strokeColor="#52c41a"
            />
            <Typography.Text type="secondary">{t('progressValue', { done })}</Typography.Text>
          </Space>
        );
      },
    },
    {
      title: t('columns.adoptedOn'),
      dataIndex: 'adoptedOn',
      key: 'adoptedOn',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'adoptedOn'),
      render: (date: string | null) => format.date(date),
    },
    {
      title: t('columns.publishedOn'),
      dataIndex: 'publishedOn',
      key: 'publishedOn',
      render: (date: string | null) => format.date(date),
    },
    {
      title: t('columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, decision) => <Link to={path(decision)}>{tc('actions.view')}</Link>,
    },
  ];

  const onChange: TableProps<MajorDecision>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      props.onSortChange(sortFromTable(sorter, sortableFields));
      return;
    }
    props.onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<MajorDecision>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      pagination={{
        current: (page?.page ?? 0) + 1,
        pageSize: page?.size ?? 20,
        total: page?.total ?? 0,
        showTotal: () => tc('table.total', { total: shownTotal(page) }),
      }}
      onChange={onChange}
    />
  );
}
