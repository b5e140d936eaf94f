import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';

import type { Access } from '@/lib/access';
import { useFormat } from '@/lib/format';

import { certificateState } from '../certificate';
import type { Officer, OfficerPage, SortableField } from '../types';
import { sortableFields } from '../types';

import { CertificateTag } from './certificate-tag';
import './officers-table.css';
import { shownTotal } from '@/lib/list-total';

export type Sort = { field: SortableField; order: 'asc' | 'desc' } | undefined;

type Props = {
  page: OfficerPage | undefined;
  loading: boolean;
  sort: Sort;
  access: Access;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: Sort) => void;
  onEdit: (officer: Officer) => void;
  onSuspend: (officer: Officer) => void;
  onReinstate: (officer: Officer) => void;
};

function isSortable(key: unknown): key is SortableField {
  return typeof key === 'string' && (sortableFields as readonly string[]).includes(key);
}

export function OfficersTable(props: Props) {
  const { page, loading, sort, access, onPageChange, onSortChange } = props;
  const { t } = useTranslation('officers');
  const { t: tc } = useTranslation();
  const format = useFormat();

  const sortOrder = (field: SortableField) =>
    sort?.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;

  const columns: ColumnsType<Officer> = [
    {
      title: t('columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('columns.department'),
      dataIndex: 'department',
      key: 'department',
      sorter: true,
      sortOrder: sortOrder('department'),
      render: (department: Officer['department']) => t(`department.${department}`),
    },
    { title: t('columns.phone'), dataIndex: 'phone', key: 'phone' },
    {
      title: t('columns.certificateNumber'),
      key: 'certificateNumber',
      render: (_, officer) =>
        officer.certificate?.number ?? <CertificateTag state={{ kind: 'none' }} />,
    },
    {
      title: t('columns.issuedOn'),
      key: 'issuedOn',
      render: (_, officer) => format.date(officer.certificate?.issuedOn),
    },
    {
      title: t('columns.expiresOn'),
      key: 'certificateExpiresOn',
      sorter: true,
      sortOrder: sortOrder('certificateExpiresOn'),
      render: (_, officer) =>
        officer.certificate && (
          <Space size={6} wrap>
            <span>{format.date(officer.certificate.expiresOn)}</span>
            <CertificateTag state={certificateState(officer.certificate)} />
          </Space>
        ),
    },
    {
      title: t('columns.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: sortOrder('status'),
      render: (status: Officer['status'], officer) =>
        status === 'SUSPENDED' ? (
          <Tooltip title={t('suspensionReason', { reason: officer.suspensionReason ?? '' })}>
            <Tag color="default">{t('status.SUSPENDED')}</Tag>
          </Tooltip>
        ) : (
          <Tag color="success">{t('status.ACTIVE')}</Tag>
        ),
    },
  ];

  if (access.canEditOfficers || access.canSuspendOfficers) {
    columns.push({
      title: t('columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, officer) => (
        <Space size="middle">
          {access.canEditOfficers && (
            <Typography.Link onClick={() => props.onEdit(officer)}>
              {tc('actions.edit')}
            </Typography.Link>
          )}
          {access.canSuspendOfficers &&
            (officer.status === 'ACTIVE' ? (
              <Typography.Link type="danger" onClick={() => props.onSuspend(officer)}>
                {t('actions.suspend')}
              </Typography.Link>
            ) : (
              <Typography.Link onClick={() => props.onReinstate(officer)}>
                {t('actions.reinstate')}
              </Typography.Link>
            ))}
        </Space>
      ),
    });
  }

  const onChange: TableProps<Officer>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Officer>;
      onSortChange(
        isSortable(single?.columnKey) && single.order
          ? { field: single.columnKey, order: single.order === 'ascend' ? 'asc' : 'desc' }
          : undefined,
      );
      return;
    }
    onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<Officer>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      rowClassName={(officer) => {
        const state = certificateState(officer.certificate).kind;
        return state === 'expiring'
          ? 'officer-row-expiring'
          : state === 'expired'
            ? 'officer-row-expired'
            : '';
      }}
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
