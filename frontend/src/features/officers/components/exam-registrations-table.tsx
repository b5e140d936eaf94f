import { Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { Access } from '@/lib/access';
import { useFormat } from '@/lib/format';
import { columnSortOrder, sortFromTable, type ListSort } from '@/lib/list-search';

import type { ExamRegistration, ExamRegistrationPage, ExamSortableField } from '../types';
import { examSortableFields } from '../types';

import { ExamStatusTag } from './exam-tags';
import { shownTotal } from '@/lib/list-total';

type Props = {
  page: ExamRegistrationPage | undefined;
  loading: boolean;
  sort: ListSort<ExamSortableField>;
  access: Access;
  onPageChange: (page: number, size: number) => void;
  onSortChange: (sort: ListSort<ExamSortableField> | undefined) => void;
  onEdit: (registration: ExamRegistration) => void;
  onRecordResult: (registration: ExamRegistration) => void;
};

/** The registrations with their status, score and, for a pass, the certificate it issued. */
export function ExamRegistrationsTable(props: Props) {
  const { page, loading, sort, access } = props;
  const { t } = useTranslation('officers');
  const { t: tc } = useTranslation();
  const format = useFormat();

  const columns: ColumnsType<ExamRegistration> = [
    {
      title: t('exams.columns.personName'),
      dataIndex: 'personName',
      key: 'personName',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'personName'),
      render: (name: string, registration) => (
        <Space size={6}>
          <Typography.Text strong>{name}</Typography.Text>
          {registration.officerId && registration.status !== 'PASSED' && (
            <Tooltip title={t('exams.renewal')}>
              <Tag>{t('exams.inRegister')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('exams.columns.department'),
      dataIndex: 'department',
      key: 'department',
      render: (department: ExamRegistration['department']) => t(`department.${department}`),
    },
    {
      title: t('exams.columns.examDate'),
      dataIndex: 'examDate',
      key: 'examDate',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'examDate'),
      render: (date: string, registration) => (
        <Flex vertical>
          <span>{format.date(date)}</span>
          {/* the exam of a year may be held early the next */}
          {!date.startsWith(String(registration.examYear)) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('exams.ofYear', { year: registration.examYear })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('exams.columns.registeredOn'),
      dataIndex: 'registeredOn',
      key: 'registeredOn',
      sorter: true,
      sortOrder: columnSortOrder(sort, 'registeredOn'),
      render: (date: string) => format.date(date),
    },
    {
      title: t('exams.columns.status'),
      dataIndex: 'status',
      key: 'status',
      render: (status: ExamRegistration['status']) => <ExamStatusTag status={status} />,
    },
    {
      title: t('exams.columns.score'),
      dataIndex: 'score',
      key: 'score',
      align: 'right',
      render: (score: number | null | undefined) => score ?? '',
    },
    {
      title: t('exams.columns.certificate'),
      key: 'certificate',
      render: (_, registration) =>
        registration.certificate && (
          <Flex vertical>
            <Typography.Text>{registration.certificate.number}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('exams.certificateUntil', {
                date: format.date(registration.certificate.expiresOn),
              })}
            </Typography.Text>
          </Flex>
        ),
    },
  ];

  // the actions are on registrations still waiting for their result
  const waiting = page?.items.some((registration) => registration.status === 'REGISTERED');
  if (access.canRegisterOfficers && waiting) {
    columns.push({
      title: t('exams.columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, registration) => {
        if (registration.status !== 'REGISTERED') return null;
        const examDay = dayjs(registration.examDate);
        const afterExam = !examDay.isAfter(dayjs(), 'day');
        return (
          <Space size="middle">
            <Typography.Link onClick={() => props.onEdit(registration)}>
              {tc('actions.edit')}
            </Typography.Link>
            {afterExam ? (
              <Typography.Link onClick={() => props.onRecordResult(registration)}>
                {t('exams.recordResult')}
              </Typography.Link>
            ) : (
              <Tooltip title={t('exams.notYet', { date: format.date(registration.examDate) })}>
                <Typography.Text type="secondary">{t('exams.recordResult')}</Typography.Text>
              </Tooltip>
            )}
          </Space>
        );
      },
    });
  }

  const onChange: TableProps<ExamRegistration>['onChange'] = (
    pagination,
    _filters,
    sorter,
    extra,
  ) => {
    if (extra.action === 'sort') {
      props.onSortChange(sortFromTable(sorter, examSortableFields));
      return;
    }
    props.onPageChange((pagination.current ?? 1) - 1, pagination.pageSize ?? 20);
  };

  return (
    <Table<ExamRegistration>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('exams.empty') }}
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
