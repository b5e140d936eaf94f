import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';
import { isOpaqueId } from '@/lib/ids';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import { sortableFields, type Review, type ReviewPage, type SortableField } from '../types';

import { DueTag, dueState } from './due-tag';
import { OutcomeTag } from './outcome-tag';
import './reviews-table.css';
import { shownTotal } from '@/lib/list-total';

type Props = {
  township: string;
  page: ReviewPage | undefined;
  loading: boolean;
  /** The inbox shows what the reviewer needs to act; the full list shows who has it. */
  mode: 'inbox' | 'all';
  sort?: ListSort<SortableField>;
  onPageChange: (page: number, size: number) => void;
  onSortChange?: (sort: ListSort<SortableField> | undefined) => void;
};

export function ReviewsTable({ township, page, loading, mode, sort, ...props }: Props) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const sortable = mode === 'all' && sort !== undefined;
  const sortOrder = (field: SortableField) => (sort ? columnSortOrder(sort, field) : null);
  const reviewPath = (review: Review) => townshipPath(township, `legality-reviews/${review.id}`);

  const columns: ColumnsType<Review> = [
    {
      title: t('columns.subject'),
      key: 'subject',
      render: (_, review) => (
        <Space orientation="vertical" size={0}>
          <Link to={reviewPath(review)}>
            <Typography.Text strong>{review.subjectTitle}</Typography.Text>
          </Link>
          {!isOpaqueId(review.subjectRef.split('#')[0]) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {review.subjectRef}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('columns.subjectType'),
      dataIndex: 'subjectType',
      key: 'subjectType',
      render: (type: Review['subjectType']) => <Tag>{t(`subjectType.${type}`)}</Tag>,
    },
    {
      title: t('columns.submittedOn'),
      dataIndex: 'submittedOn',
      key: 'submittedOn',
      sorter: sortable,
      sortOrder: sortOrder('submittedOn'),
      render: (date: string) => format.date(date),
    },
    { title: t('columns.submittedBy'), dataIndex: 'submittedBy', key: 'submittedBy' },
    {
      title: t('columns.round'),
      dataIndex: 'round',
      key: 'round',
      render: (round: number) => t('roundNo', { round }),
    },
    ...(mode === 'all'
      ? [
          {
            title: t('columns.reviewer'),
            dataIndex: 'reviewer',
            key: 'reviewer',
            render: (reviewer: string | null) =>
              reviewer ?? <Typography.Text type="secondary">{t('unassigned')}</Typography.Text>,
          },
        ]
      : [
          {
            title: t('columns.window'),
            dataIndex: 'earliestOn',
            key: 'earliestOn',
            render: (date: string | null) => format.date(date),
          },
        ]),
    {
      title: t('columns.dueOn'),
      key: 'dueOn',
      sorter: sortable,
      sortOrder: sortOrder('dueOn'),
      render: (_, review) => (
        <Space size={6} wrap>
          <span>{format.date(review.dueOn)}</span>
          <DueTag state={dueState(review)} />
        </Space>
      ),
    },
    {
      title: t('columns.status'),
      dataIndex: 'status',
      key: 'status',
      render: (status: Review['status']) => <OutcomeTag outcome={status} />,
    },
    {
      title: t('columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, review) => (
        <Link to={reviewPath(review)}>{mode === 'inbox' ? t('open') : t('view')}</Link>
      ),
    },
  ];

  const onChange: TableProps<Review>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      props.onSortChange?.(sortFromTable(sorter, sortableFields));
      return;
    }
    props.onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<Review>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: mode === 'inbox' ? t('inboxEmpty') : t('empty') }}
      rowClassName={(review) => (review.overdue ? 'review-row-overdue' : '')}
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
