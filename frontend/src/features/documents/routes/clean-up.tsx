import { Button, Card, Descriptions, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { RecordRoute } from '@/components/record-route';
import { townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { useFormat } from '@/lib/format';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useCleanUp } from '../api/clean-ups';
import { CloseCleanUpModal, DecideModal } from '../components/clean-up-modals';
import type { CleanUpDecision, CleanUpVerdict } from '../types';

const verdictColors: Record<CleanUpVerdict, string> = {
  KEEP: 'success',
  AMEND: 'warning',
  REPEAL: 'error',
};

/** One clean-up campaign: its decisions on the documents in force; decide, and close it. */
export default function CleanUpRoute() {
  const { t } = useTranslation('documents');
  const township = useTownshipCode();
  const access = useAccess(township);
  const format = useFormat();
  const { id = '' } = useParams();
  const record = useCleanUp(township, id);
  const [modal, setModal] = useState<'decide' | 'close' | null>(null);

  return (
    <RecordRoute
      query={record}
      title={t('tabs.cleanUps')}
      notFound={t('cleanUps.notFound')}
      listPath={townshipPath(township, 'normative-documents/clean-ups')}
    >
      {(current) => {
        const { cleanUp } = current;
        const open = cleanUp.status === 'OPEN';
        return (
          <PageContainer
            title={cleanUp.name}
            breadcrumb={[
              {
                title: (
                  <Link to={townshipPath(township, 'normative-documents')}>
                    {t('detail.breadcrumb')}
                  </Link>
                ),
              },
              {
                title: (
                  <Link to={townshipPath(township, 'normative-documents/clean-ups')}>
                    {t('tabs.cleanUps')}
                  </Link>
                ),
              },
              { title: cleanUp.name },
            ]}
            extra={
              <>
                <Access accessible={open && access.canKeepRegisters}>
                  <Button type="primary" onClick={() => setModal('decide')}>
                    {t('cleanUps.decide')}
                  </Button>
                </Access>
                <Access accessible={open && access.canDecide}>
                  <Button danger onClick={() => setModal('close')}>
                    {t('cleanUps.close')}
                  </Button>
                </Access>
              </>
            }
          >
            <Card style={{ marginBottom: 16 }}>
              <Descriptions
                column={{ xs: 1, sm: 3 }}
                items={[
                  {
                    key: 'heldOn',
                    label: t('cleanUps.heldOn'),
                    children: format.date(cleanUp.heldOn),
                  },
                  {
                    key: 'status',
                    label: t('cleanUps.status'),
                    children: (
                      <Tag color={open ? 'processing' : 'default'}>
                        {t(`cleanUps.statusValue.${cleanUp.status}`)}
                      </Tag>
                    ),
                  },
                  {
                    key: 'closedOn',
                    label: t('cleanUps.closedOn'),
                    children: format.date(cleanUp.closedOn),
                  },
                ]}
              />
            </Card>
            <Card title={t('cleanUps.decisions')}>
              <Table<CleanUpDecision>
                rowKey="documentId"
                size="middle"
                pagination={false}
                dataSource={cleanUp.decisions}
                locale={{ emptyText: t('cleanUps.noDecisions') }}
                columns={[
                  {
                    title: t('cleanUps.columns.number'),
                    dataIndex: 'documentNumber',
                    key: 'number',
                  },
                  {
                    title: t('cleanUps.columns.title'),
                    dataIndex: 'documentTitle',
                    key: 'title',
                    render: (title: string, decision) => (
                      <Link
                        to={townshipPath(township, `normative-documents/${decision.documentId}`)}
                      >
                        {title}
                      </Link>
                    ),
                  },
                  {
                    title: t('cleanUps.columns.verdict'),
                    dataIndex: 'verdict',
                    key: 'verdict',
                    render: (verdict: CleanUpVerdict) => (
                      <Tag color={verdictColors[verdict]}>{t(`cleanUps.verdict.${verdict}`)}</Tag>
                    ),
                  },
                  { title: t('cleanUps.columns.reason'), dataIndex: 'reason', key: 'reason' },
                ]}
              />
            </Card>
            {modal === 'decide' && (
              <DecideModal
                township={township}
                current={current}
                onReload={() => record.refetch()}
                reloading={record.isFetching}
                onClose={() => setModal(null)}
              />
            )}
            {modal === 'close' && (
              <CloseCleanUpModal
                township={township}
                current={current}
                onReload={() => record.refetch()}
                reloading={record.isFetching}
                onClose={() => setModal(null)}
              />
            )}
          </PageContainer>
        );
      }}
    </RecordRoute>
  );
}
