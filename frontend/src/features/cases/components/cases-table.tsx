import { Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import {
  sortableFields,
  type EnforcementCasePage,
  type EnforcementCaseSummary,
  type SortableField,
} from '../types';

import { CaseStatusTag, DeadlineTag, dueMark, useOutcomeText } from './case-tags';

import './cases-table.css';
import { shownTotal } from '@/lib/list-total';

type Props = {
  township: string;
  page: EnforcementCasePage | undefined;
  loading: boolean;
  sort: ListSort<SortableField>;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<SortableField> | undefined) => void;
};

/** The register of cases: number, party, field, state and the next deadline with its mark. */
export function CasesTable({ township, page, loading, sort, ...props }: Props) {
  const { t } = useTranslation('cases');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const outcomeText = useOutcomeText();
  const path = (record: EnforcementCaseSummary) =>
    townshipPath(township, `enforcement-cases/${record.id}`);

  const columns: ColumnsType<EnforcementCaseSummary> = [
    {
      title: t('columns.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      width: 200,
      sorter: true,
      sortOrder: columnSortOrder(sort, 'caseNumber'),
      render: (number: string, record) => (
        <Flex vertical>
          <Link to={path(record)} style={{ whiteSpace: 'nowrap' }}>
            <Typography.Text strong>{number}</Typography.Text>
          </Link>
          {record.decisionNumber && (
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {record.decisionNumber}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('columns.party'),
      key: 'party',
      render: (_, record) => (
        <Space size={4}>
          {record.party.name}
          <Tag variant="filled">{t(`partyKind.${record.party.kind}`)}</Tag>
        </Space>
      ),
    },
    {
      title: t('columns.field'),
      dataIndex: 'field',
      key: 'field',
      width: 140,
      render: (field: EnforcementCaseSummary['field'], record) => (
        <Flex vertical>
          {t(`field.${field}`)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`procedure.${record.procedure}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('columns.status'),
      dataIndex: 'status',
      key: 'status',
      width: 112,
      render: (status: EnforcementCaseSummary['status']) => <CaseStatusTag status={status} />,
    },
    {
      title: t('columns.filedOn'),
      dataIndex: 'filedOn',
      key: 'filedOn',
      width: 136,
      sorter: true,
      sortOrder: columnSortOrder(sort, 'filedOn'),
      render: (date: string) => format.date(date),
    },
    {
      title: t('columns.outcome'),
      key: 'outcome',
      width: 130,
      render: (_, record) => outcomeText(record.outcome),
    },
    {
      title: t('columns.nextDeadline'),
      key: 'nextDeadline',
      width: 180,
      render: (_, record) =>
        record.nextDeadline ? (
          <Flex vertical align="flex-start" gap={2}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`deadlineKind.${record.nextDeadline.kind}`)}
            </Typography.Text>
            <DeadlineTag
              dueOn={record.nextDeadline.dueOn}
              overdue={record.nextDeadline.overdue}
              showKind={false}
              withDate
            />
          </Flex>
        ) : null,
    },
  ];

  const onChange: TableProps<EnforcementCaseSummary>['onChange'] = (
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
    <Table<EnforcementCaseSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 1160 }}
      locale={{ emptyText: t('empty') }}
      rowClassName={(record) =>
        record.nextDeadline && dueMark(record.nextDeadline).mark === 'overdue'
          ? 'case-row-overdue'
          : ''
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
