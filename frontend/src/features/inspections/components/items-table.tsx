import { Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';

import type { Access } from '@/lib/access';
import { useFormat } from '@/lib/format';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import {
  itemSortable,
  type InspectionItem,
  type InspectionItemPage,
  type ItemSortField,
} from '../types';

import { MethodTag } from './tags';
import { shownTotal } from '@/lib/list-total';

type Props = {
  page: InspectionItemPage | undefined;
  loading: boolean;
  sort: ListSort<ItemSortField>;
  access: Access;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<ItemSortField> | undefined) => void;
  onEdit: (item: InspectionItem) => void;
  onPublish: (item: InspectionItem) => void;
};

/** 涉企行政检查事项清单: code, item, whom, basis, department, method, yearly cap, publication. */
export function ItemsTable(props: Props) {
  const { page, loading, sort, access } = props;
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const format = useFormat();

  const columns: ColumnsType<InspectionItem> = [
    {
      title: t('items.columns.code'),
      dataIndex: 'code',
      key: 'code',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'code'),
    },
    {
      title: t('items.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'name'),
      render: (name: string, item) => (
        <div style={{ width: 300 }}>
          <Typography.Text strong>{name}</Typography.Text>
          {item.subjects && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('items.columns.subjects')}：{item.subjects}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('items.columns.legalBasis'),
      dataIndex: 'legalBasis',
      key: 'legalBasis',
      render: (basis: string) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2, tooltip: basis }}
          style={{ marginBottom: 0, width: 200 }}
        >
          {basis}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('items.columns.field'),
      dataIndex: 'field',
      key: 'field',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'field'),
      render: (field: InspectionItem['field'], item) => (
        <Flex vertical>
          <span>{t(`field.${field}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`department.${item.department}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('items.columns.method'),
      dataIndex: 'method',
      key: 'method',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'method'),
      render: (method: InspectionItem['method']) => <MethodTag method={method} />,
    },
    {
      title: t('items.columns.yearlyCap'),
      dataIndex: 'yearlyCap',
      key: 'yearlyCap',
      render: (count: number) => t('items.yearlyCapValue', { count }),
    },
    {
      title: t('items.columns.status'),
      key: 'publishedOn',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'publishedOn'),
      render: (_, item) =>
        item.published ? (
          <Tag color="success">{t('items.published', { date: format.date(item.publishedOn) })}</Tag>
        ) : (
          <Tag>{t('items.unpublished')}</Tag>
        ),
    },
  ];

  if (access.canKeepRegisters || access.canDecide) {
    columns.push({
      title: t('items.columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, item) => (
        <Space size="middle">
          {access.canKeepRegisters && (
            <Typography.Link onClick={() => props.onEdit(item)}>
              {tc('actions.edit')}
            </Typography.Link>
          )}
          {access.canDecide && !item.published && (
            <Typography.Link onClick={() => props.onPublish(item)}>
              {t('items.publish')}
            </Typography.Link>
          )}
        </Space>
      ),
    });
  }

  const onChange: TableProps<InspectionItem>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      props.onSortChange(sortFromTable(sorter, itemSortable));
      return;
    }
    props.onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<InspectionItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('items.empty') }}
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
