import { Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';
import { shownTotal } from '@/lib/list-total';

import {
  sortableFields,
  type ContractPage,
  type ContractSummary,
  type SortableField,
} from '../types';

import { ContractStatusTag, ExpiryMarks, MajorTag } from './contract-tags';

import './contracts-table.css';

type Props = {
  township: string;
  page: ContractPage | undefined;
  loading: boolean;
  sort: ListSort<SortableField>;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<SortableField> | undefined) => void;
};

/** 合同台账: number, title, counterparty, amount and what was paid, term, state, and the CON-01/CON-03 marks. */
export function ContractsTable({ township, page, loading, sort, ...props }: Props) {
  const { t } = useTranslation('contracts');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const path = (contract: ContractSummary) => townshipPath(township, `contracts/${contract.id}`);

  const columns: ColumnsType<ContractSummary> = [
    {
      title: t('columns.number'),
      dataIndex: 'number',
      key: 'number',
      width: 170,
      sorter: true,
      sortOrder: columnSortOrder(sort, 'number'),
      render: (number: string, contract) => (
        <Link to={path(contract)} style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text strong>{number}</Typography.Text>
        </Link>
      ),
    },
    {
      title: t('columns.title'),
      dataIndex: 'title',
      key: 'title',
      render: (title: string, contract) => (
        <Flex vertical>
          <Link to={path(contract)}>{title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`type.${contract.type}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('columns.counterparty'),
      key: 'counterparty',
      render: (_, contract) => (
        <Space size={4}>
          {contract.counterpartyName}
          <Tag variant="filled">{t(`counterpartyKind.${contract.counterpartyKind}`)}</Tag>
        </Space>
      ),
    },
    {
      title: t('columns.amount'),
      dataIndex: 'amount',
      key: 'amount',
      align: 'right',
      width: 140,
      sorter: true,
      sortOrder: columnSortOrder(sort, 'amount'),
      render: (amount: string, contract) => (
        <Flex vertical align="flex-end">
          <span style={{ whiteSpace: 'nowrap' }}>{format.money(amount)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('columns.paid')} {format.money(contract.paid)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('columns.term'),
      key: 'endOn',
      width: 130,
      sorter: true,
      sortOrder: columnSortOrder(sort, 'endOn'),
      render: (_, contract) => (
        <Flex vertical style={{ whiteSpace: 'nowrap' }}>
          <span>{format.date(contract.term.startOn)}</span>
          <span>{format.date(contract.term.endOn)}</span>
        </Flex>
      ),
    },
    {
      title: t('columns.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: ContractSummary['status']) => <ContractStatusTag status={status} />,
    },
    {
      title: t('columns.marks'),
      key: 'marks',
      width: 160,
      render: (_, contract) => (
        <Space size={4} wrap>
          {contract.major && <MajorTag reasons={contract.majorReasons} type={contract.type} />}
          <ExpiryMarks
            endingSoon={contract.endingSoon}
            expired={contract.expired}
            overdueMilestones={contract.overdueMilestones}
          />
        </Space>
      ),
    },
  ];

  const onChange: TableProps<ContractSummary>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      props.onSortChange(sortFromTable(sorter, sortableFields));
      return;
    }
    props.onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<ContractSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 1060 }}
      locale={{ emptyText: t('empty') }}
      rowClassName={(contract) =>
        contract.expired || contract.overdueMilestones > 0 ? 'contract-row-overdue' : ''
      }
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
