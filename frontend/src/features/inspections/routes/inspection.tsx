import { Alert, Button, Card, Descriptions, Steps, Tag, Typography } from 'antd';
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
import { useInspection } from '../api/inspections';
import { InspectionActionModal, type InspectionVerb } from '../components/inspection-action-modal';
import { InspectionDrawer } from '../components/inspection-drawer';
import { InspectionStatusTag, MethodTag, ResultTag } from '../components/tags';
import { inspectionStatuses, type Inspection } from '../types';

function stepDate(inspection: Inspection, step: Inspection['status']): string | null | undefined {
  switch (step) {
    case 'PROPOSED':
      return inspection.createdAt.slice(0, 10);
    case 'APPROVED':
      return inspection.approvedOn;
    case 'NOTIFIED':
      return inspection.notifiedOn;
    case 'DONE':
      return inspection.inspectedOn;
  }
}

/** One inspection: its steps, the team, the approval and notice, the result; the actions allowed now. */
export default function InspectionRoute() {
  const { t } = useTranslation('inspections');
  const { id = '' } = useParams();
  const township = useTownshipCode();
  const access = useAccess(township);
  const format = useFormat();
  const record = useInspection(township, id);
  const [editing, setEditing] = useState(false);
  const [verb, setVerb] = useState<InspectionVerb | null>(null);
  const breadcrumb = [
    { title: <Link to={townshipPath(township, 'inspections')}>{t('title')}</Link> },
    { title: t('detail.back') },
  ];

  return (
    <RecordRoute
      query={record}
      title={t('title')}
      notFound={t('detail.notFound')}
      listPath={townshipPath(township, 'inspections')}
    >
      {(current) => {
        const { inspection } = current;
        const at = inspectionStatuses.indexOf(inspection.status);
        return (
          <PageContainer
            title={inspection.enterprise.name}
            subTitle={`${inspection.item.code} ${inspection.item.name}`}
            breadcrumb={breadcrumb}
            extra={
              <>
                <Access accessible={access.canInspect && inspection.status === 'PROPOSED'}>
                  <Button onClick={() => setEditing(true)}>{t('actions.edit')}</Button>
                </Access>
                <Access accessible={access.canDecide && inspection.status === 'PROPOSED'}>
                  <Button type="primary" onClick={() => setVerb('approve')}>
                    {t('actions.approve')}
                  </Button>
                </Access>
                <Access accessible={access.canInspect && inspection.status === 'APPROVED'}>
                  <Button type="primary" onClick={() => setVerb('notify')}>
                    {t('actions.notify')}
                  </Button>
                </Access>
                <Access accessible={access.canInspect && inspection.status === 'NOTIFIED'}>
                  <Button type="primary" onClick={() => setVerb('record-result')}>
                    {t('actions.recordResult')}
                  </Button>
                </Access>
              </>
            }
          >
            <Card style={{ marginBottom: 16 }}>
              <Steps
                current={inspection.status === 'DONE' ? inspectionStatuses.length : at + 1}
                items={inspectionStatuses.map((step) => ({
                  title: t(`detail.steps.${step}`),
                  content: format.date(stepDate(inspection, step)),
                }))}
              />
            </Card>
            {inspection.beyondYearlyCap && (
              <Alert
                type="warning"
                showIcon
                title={t('detail.beyondCap')}
                style={{ marginBottom: 16 }}
              />
            )}
            <Card style={{ marginBottom: 16 }}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'enterprise',
                    label: t('detail.enterprise'),
                    children: inspection.enterprise.name,
                  },
                  {
                    key: 'creditCode',
                    label: t('detail.creditCode'),
                    children: inspection.enterprise.creditCode,
                  },
                  {
                    key: 'item',
                    label: t('detail.item'),
                    children: `${inspection.item.code} ${inspection.item.name}`,
                  },
                  {
                    key: 'method',
                    label: t('detail.method'),
                    children: <MethodTag method={inspection.item.method} />,
                  },
                  {
                    key: 'field',
                    label: t('detail.field'),
                    children: t(`field.${inspection.field}`),
                  },
                  {
                    key: 'status',
                    label: t('list.columns.status'),
                    children: <InspectionStatusTag status={inspection.status} />,
                  },
                  {
                    key: 'officers',
                    label: t('detail.officers'),
                    span: 2,
                    children: inspection.officers.map((officer) => (
                      <Tag key={officer.id}>
                        {officer.name}
                        {officer.certificateNumber ? `（${officer.certificateNumber}）` : ''}
                      </Tag>
                    )),
                  },
                  {
                    key: 'plannedOn',
                    label: t('detail.plannedOn'),
                    children: format.date(inspection.plannedOn),
                  },
                  {
                    key: 'reason',
                    label: t('detail.reason'),
                    children: t(`reason.${inspection.reason}`),
                  },
                  ...(inspection.reasonNote
                    ? [
                        {
                          key: 'reasonNote',
                          label: t('detail.reasonNote'),
                          span: 2,
                          children: inspection.reasonNote,
                        },
                      ]
                    : []),
                  ...(inspection.approvedOn
                    ? [
                        {
                          key: 'approval',
                          label: t('detail.approval'),
                          children: t('detail.approvedBy', {
                            date: format.date(inspection.approvedOn),
                            by: inspection.approvedBy ?? '',
                          }),
                        },
                      ]
                    : []),
                  ...(inspection.notifiedOn
                    ? [
                        {
                          key: 'notifiedOn',
                          label: t('detail.notifiedOn'),
                          children: format.date(inspection.notifiedOn),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            <Card title={t('detail.resultTitle')}>
              {inspection.result ? (
                <Descriptions
                  column={{ xs: 1, md: 2 }}
                  items={[
                    {
                      key: 'inspectedOn',
                      label: t('detail.inspectedOn'),
                      children: format.date(inspection.inspectedOn),
                    },
                    {
                      key: 'result',
                      label: t('detail.result'),
                      children: <ResultTag result={inspection.result} />,
                    },
                    ...(inspection.findings
                      ? [
                          {
                            key: 'findings',
                            label: t('detail.findings'),
                            span: 2,
                            children: inspection.findings,
                          },
                        ]
                      : []),
                    ...(inspection.rectificationDueOn
                      ? [
                          {
                            key: 'due',
                            label: t('detail.rectificationDueOn'),
                            children: format.date(inspection.rectificationDueOn),
                          },
                        ]
                      : []),
                    ...(inspection.caseReference
                      ? [
                          {
                            key: 'case',
                            label: t('detail.caseReference'),
                            children: inspection.caseReference,
                          },
                        ]
                      : []),
                  ]}
                />
              ) : (
                <Typography.Text type="secondary">{t('detail.noResult')}</Typography.Text>
              )}
            </Card>
            {editing && (
              <InspectionDrawer
                township={township}
                target={{ mode: 'edit', id: inspection.id }}
                onClose={() => setEditing(false)}
              />
            )}
            {verb && (
              <InspectionActionModal
                township={township}
                current={current}
                verb={verb}
                onReload={() => record.refetch()}
                reloading={record.isFetching}
                onClose={() => setVerb(null)}
              />
            )}
          </PageContainer>
        );
      }}
    </RecordRoute>
  );
}
