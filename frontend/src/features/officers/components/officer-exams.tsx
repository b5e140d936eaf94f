import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import { useExamRegistrations } from '../api/exam-registrations';
import type { ExamRegistration } from '../types';

import { ExamStatusTag } from './exam-tags';

/** The certificate-exam registrations of one officer, in the officer's drawer. */
export function OfficerExams({ township, officerId }: { township: string; officerId: string }) {
  const { t } = useTranslation('officers');
  const format = useFormat();
  const registrations = useExamRegistrations(township, {
    page: 0,
    size: 20,
    sort: 'registeredOn,desc',
    officerId,
  });
  if (!registrations.data || registrations.data.items.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ marginTop: 8 }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('tabs.exams')}
      </Typography.Title>
      <Table<ExamRegistration>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={registrations.data.items}
        columns={[
          { title: t('exams.columns.examYear'), dataIndex: 'examYear', key: 'examYear' },
          {
            title: t('exams.columns.examDate'),
            dataIndex: 'examDate',
            key: 'examDate',
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
            render: (score: number | null | undefined) => score ?? '',
          },
          {
            title: t('exams.columns.certificate'),
            key: 'certificate',
            render: (_, registration) => registration.certificate?.number ?? '',
          },
        ]}
      />
    </Flex>
  );
}
