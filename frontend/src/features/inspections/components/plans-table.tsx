import { Flex, Table, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import {
  planSortable,
  type InspectionPlan,
  type InspectionPlanPage,
  type PlanSortField,
} from '../types';

import { PlanStatusTag } from './tags';
import { shownTotal } from '@/lib/list-total';

type Props = {
  township: string;
  page: InspectionPlanPage | undefined;
  loading: boolean;
  sort: ListSort<PlanSortField>;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<PlanSortField> | undefined) => void;
};

/** The yearly plans: year, title, how many items, whom, filing and publication. */
export function PlansTable(props: Props) {
  const { township, page, loading, sort } = props;
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const path = (plan: InspectionPlan) => townshipPath(township, `inspections/plans/${plan.id}`);

  const columns: ColumnsType<InspectionPlan> = [
    {
      title: t('plans.columns.year'),
      dataIndex: 'year',
      key: 'year',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'year'),
    },
    {
      title: t('plans.columns.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'title'),
      render: (title: string, plan) => (
        <Link to={path(plan)}>
          <Typography.Text strong style={{ color: 'inherit' }}>
            {title}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t('plans.columns.items'),
      key: 'items',
      render: (_, plan) => t('plans.itemCount', { count: plan.items.length }),
    },
    {
      title: t('plans.columns.targets'),
      key: 'targets',
      render: (_, plan) => (
        <div style={{ width: 240 }}>
          {plan.targets.enterpriseKinds.join('、')}
          {plan.targets.enterpriseCount != null && (
            <Typography.Text type="secondary">
              {plan.targets.enterpriseKinds.length > 0 ? '；' : ''}
              {t('plans.enterpriseCount', { count: plan.targets.enterpriseCount })}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('plans.columns.status'),
      dataIndex: 'status',
      key: 'status',
      render: (status: InspectionPlan['status']) => <PlanStatusTag status={status} />,
    },
    {
      title: t('plans.columns.filing'),
      key: 'filing',
      render: (_, plan) =>
        plan.filedOn && (
          <Flex vertical>
            <span>{format.date(plan.filedOn)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {plan.filingReference}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      title: t('plans.columns.publishedOn'),
      dataIndex: 'publishedOn',
      key: 'publishedOn',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'publishedOn'),
      render: (date: string | null) => format.date(date),
    },
    {
      title: t('plans.columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, plan) => <Link to={path(plan)}>{tc('actions.view')}</Link>,
    },
  ];

  const onChange: TableProps<InspectionPlan>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      props.onSortChange(sortFromTable(sorter, planSortable));
      return;
    }
    props.onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<InspectionPlan>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('plans.empty') }}
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
