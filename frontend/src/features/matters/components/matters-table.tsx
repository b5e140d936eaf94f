import { Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';

import type { Access } from '@/lib/access';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import type { EnforcementMatter, EnforcementMatterPage, SortableField } from '../types';
import { sortableFields } from '../types';

import { KindTag, PublicationTag } from './matter-tags';
import { shownTotal } from '@/lib/list-total';

type Props = {
  page: EnforcementMatterPage | undefined;
  loading: boolean;
  sort: ListSort<SortableField>;
  access: Access;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<SortableField> | undefined) => void;
  onEdit: (matter: EnforcementMatter) => void;
  onPublish: (matter: EnforcementMatter) => void;
  onWithdraw: (matter: EnforcementMatter) => void;
};

export function MattersTable(props: Props) {
  const { page, loading, sort, access } = props;
  const { t } = useTranslation('matters');
  const { t: tc } = useTranslation();

  const columns: ColumnsType<EnforcementMatter> = [
    {
      title: t('columns.code'),
      dataIndex: 'code',
      key: 'code',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'code'),
    },
    {
      title: t('columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'name'),
      render: (name: string, matter) => (
        <Flex vertical gap={2} style={{ width: 280 }}>
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
      title: t('columns.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: EnforcementMatter['kind']) => <KindTag kind={kind} />,
    },
    {
      title: t('columns.field'),
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
      title: t('columns.legalBasis'),
      dataIndex: 'legalBasis',
      key: 'legalBasis',
      render: (basis: string) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2, tooltip: basis }}
          style={{ marginBottom: 0, width: 180 }}
        >
          {basis}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('columns.status'),
      key: 'status',
      render: (_, matter) => <PublicationTag matter={matter} />,
    },
  ];

  if (access.canKeepRegisters || access.canDecide) {
    columns.push({
      title: t('columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, matter) => (
        <Space size="middle">
          {access.canKeepRegisters && !matter.published && (
            <Typography.Link onClick={() => props.onEdit(matter)}>
              {tc('actions.edit')}
            </Typography.Link>
          )}
          {access.canDecide &&
            (matter.published ? (
              <Typography.Link type="danger" onClick={() => props.onWithdraw(matter)}>
                {t('actions.withdraw')}
              </Typography.Link>
            ) : (
              <Typography.Link onClick={() => props.onPublish(matter)}>
                {t('actions.publish')}
              </Typography.Link>
            ))}
        </Space>
      ),
    });
  }

  const onChange: TableProps<EnforcementMatter>['onChange'] = (
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
    <Table<EnforcementMatter>
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
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: () => tc('table.total', { total: shownTotal(page) }),
      }}
      onChange={onChange}
    />
  );
}
