import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import {
  inspectionSortable,
  type Inspection,
  type InspectionPage,
  type InspectionSortField,
} from '../types';

import { InspectionStatusTag, ResultTag } from './tags';
import { shownTotal } from '@/lib/list-total';

type Props = {
  township: string;
  page: InspectionPage | undefined;
  loading: boolean;
  sort: ListSort<InspectionSortField>;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<InspectionSortField> | undefined) => void;
};

/** The inspections: enterprise, item, officers, dates, where each stands and what it found. */
export function InspectionsTable(props: Props) {
  const { township, page, loading, sort } = props;
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const path = (inspection: Inspection) => townshipPath(township, `inspections/${inspection.id}`);

  const columns: ColumnsType<Inspection> = [
    {
      title: t('list.columns.enterprise'),
      key: 'enterpriseName',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'enterpriseName'),
      render: (_, inspection) => (
        <Flex vertical>
          <Link to={path(inspection)}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {inspection.enterprise.name}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {inspection.enterprise.creditCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('list.columns.item'),
      key: 'item',
      render: (_, inspection) => (
        <Flex vertical style={{ width: 240 }}>
          <span>{inspection.item.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {inspection.item.code} · {t(`field.${inspection.field}`)} ·{' '}
            {t(`method.${inspection.item.method}`)} · {t(`reason.${inspection.reason}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('list.columns.officers'),
      key: 'officers',
      render: (_, inspection) => inspection.officers.map((officer) => officer.name).join('、'),
    },
    {
      title: t('list.columns.plannedOn'),
      dataIndex: 'plannedOn',
      key: 'plannedOn',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'plannedOn'),
      render: (date: string, inspection) => (
        <Flex vertical>
          <span>{format.date(date)}</span>
          {inspection.inspectedOn && inspection.inspectedOn !== date && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('list.inspectedOn', { date: format.date(inspection.inspectedOn) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('list.columns.status'),
      key: 'status',
      render: (_, inspection) => (
        <Flex gap={4} wrap>
          <InspectionStatusTag status={inspection.status} />
          {inspection.beyondYearlyCap && (
            <Tooltip title={t('list.beyondCap')}>
              <Tag color="magenta">ENF-14</Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      title: t('list.columns.result'),
      key: 'result',
      render: (_, inspection) =>
        inspection.result && (
          <Flex vertical gap={2}>
            <span>
              <ResultTag result={inspection.result} />
            </span>
            {inspection.rectificationDueOn && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('list.rectifyBy', { date: format.date(inspection.rectificationDueOn) })}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
  ];

  const onChange: TableProps<Inspection>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      props.onSortChange(sortFromTable(sorter, inspectionSortable));
      return;
    }
    props.onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<Inspection>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('list.empty') }}
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
