import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useAccess } from '@/lib/access';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useExamRegistrations } from '../api/exam-registrations';
import { ExamFilters } from '../components/exam-filters';
import {
  ExamRegistrationDrawer,
  type ExamDrawerTarget,
} from '../components/exam-registration-drawer';
import { ExamRegistrationsTable } from '../components/exam-registrations-table';
import { ExamResultModal } from '../components/exam-result-modal';
import { OfficerTabs } from '../components/officer-tabs';
import { examSortableFields, examStatuses, type ExamRegistration } from '../types';

/** 资格考试报名: registrations for the enforcement certificate exam and their results. */
export default function ExamRegistrationsRoute() {
  const { t } = useTranslation('officers');
  const township = useTownshipCode();
  const access = useAccess(township);
  const [drawer, setDrawer] = useState<ExamDrawerTarget | null>(null);
  const [recording, setRecording] = useState<ExamRegistration | null>(null);
  const search = useListSearch({
    filters: { year: filter.integer, status: filter.oneOf(examStatuses) },
    sortable: examSortableFields,
    defaultSort: { field: 'registeredOn', order: 'desc' },
  });
  const registrations = useExamRegistrations(township, search.params);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('exams.subTitle')}
      extra={
        <Access accessible={access.canRegisterOfficers}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrawer({ mode: 'create' })}
          >
            {t('exams.register')}
          </Button>
        </Access>
      }
    >
      <OfficerTabs township={township} active="exams">
        <ExamFilters values={search.filters} onChange={search.setFilters} />
        {registrations.isError && (
          <ProblemAlert error={registrations.error} style={{ marginBottom: 16 }} />
        )}
        <ExamRegistrationsTable
          page={registrations.data}
          loading={registrations.isFetching}
          sort={search.sort}
          access={access}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
          onEdit={(registration) => setDrawer({ mode: 'edit', id: registration.id })}
          onRecordResult={setRecording}
        />
      </OfficerTabs>
      {drawer && (
        <ExamRegistrationDrawer
          township={township}
          target={drawer}
          onClose={() => setDrawer(null)}
        />
      )}
      {recording && (
        <ExamResultModal
          township={township}
          registration={recording}
          onClose={() => setRecording(null)}
        />
      )}
    </PageContainer>
  );
}
