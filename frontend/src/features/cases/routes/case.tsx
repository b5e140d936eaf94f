import { Button, Col, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { RecordRoute } from '@/components/record-route';
import { townshipPath } from '@/config/navigation';
import { AttachmentsCard } from '@/components/attachments/attachments-card';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useCase, type VersionedCase } from '../api/get-case';
import { CaseActionModal } from '../components/case-action-modal';
import { CaseDrawer } from '../components/case-drawer';
import {
  BasicsCard,
  ChecklistCard,
  DeadlinesCard,
  EarlierViolationsCard,
  PartyCard,
  RecordCard,
} from '../components/case-panels';
import { CaseSteps } from '../components/case-steps';
import { CaseStatusTag } from '../components/case-tags';
import { caseVerbs, type CaseVerb, type EnforcementCaseView } from '../types';

/** The steps that move a case on, in their order: the first one allowed is the primary button. */
const progression: readonly CaseVerb[] = [
  'investigate',
  'notify',
  'hold-hearing',
  'decide',
  'deliver',
  'execute',
  'close',
  'publish',
];

function primaryVerb(record: EnforcementCaseView, allowed: CaseVerb[]): CaseVerb | undefined {
  // a decision that needs a passed legal review first (ENF-07) asks for it before deciding
  const review = record.legalReview;
  if (
    review?.required &&
    !review.passed &&
    !review.reviewId &&
    allowed.includes('request-legal-review')
  ) {
    return 'request-legal-review';
  }
  return progression.find((verb) => allowed.includes(verb));
}

/** One enforcement case: its steps, the actions the API allows this user now, deadlines and record. */
export default function CaseRoute() {
  const { t } = useTranslation('cases');
  const township = useTownshipCode();
  const { id = '' } = useParams();
  const current = useCase(township, id);

  return (
    <RecordRoute
      query={current}
      title={t('title')}
      notFound={t('detail.notFound')}
      listPath={townshipPath(township, 'enforcement-cases')}
    >
      {(data) => (
        <CasePage
          township={township}
          current={data}
          reload={() => current.refetch()}
          reloading={current.isFetching}
        />
      )}
    </RecordRoute>
  );
}

function CasePage({
  township,
  current,
  reload,
  reloading,
}: {
  township: string;
  current: VersionedCase;
  reload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation('cases');
  const [verb, setVerb] = useState<CaseVerb | null>(null);
  const [editing, setEditing] = useState(false);
  const { record } = current;
  // exactly the actions the API allows this user now, in the order of the procedure
  const allowed = caseVerbs.filter((candidate) => record.allowedActions.includes(candidate));
  const primary = primaryVerb(record, allowed);
  const editable = record.allowedActions.includes('edit');

  return (
    <PageContainer
      title={
        <Space size={8} wrap>
          {record.caseNumber}
          <CaseStatusTag status={record.status} />
          {record.major && <Tag color="volcano">{t('detail.major')}</Tag>}
        </Space>
      }
      subTitle={`${record.party.name} · ${t(`field.${record.field}`)} · ${t(`procedure.${record.procedure}`)}`}
      breadcrumb={[
        {
          title: (
            <Link to={townshipPath(township, 'enforcement-cases')}>{t('detail.breadcrumb')}</Link>
          ),
        },
        { title: record.caseNumber },
      ]}
      extra={
        allowed.length > 0 || editable ? (
          <Space wrap data-testid="case-actions">
            {editable && <Button onClick={() => setEditing(true)}>{t('detail.edit')}</Button>}
            {allowed.map((candidate) => (
              <Button
                key={candidate}
                type={candidate === primary ? 'primary' : 'default'}
                danger={candidate === 'revoke'}
                onClick={() => setVerb(candidate)}
              >
                {t(`verb.${candidate}`)}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('detail.actionsNone')}</Typography.Text>
        )
      }
    >
      <CaseSteps record={record} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <PartyCard record={record} />
          <BasicsCard record={record} />
          <RecordCard township={township} record={record} />
          <AttachmentsCard
            township={township}
            recordType="enforcement-case"
            recordId={record.id}
            defaultKind="DECISION_DOCUMENT"
          />
        </Col>
        <Col xs={24} xl={8}>
          <DeadlinesCard record={record} />
          <ChecklistCard township={township} record={record} />
          <EarlierViolationsCard record={record} />
        </Col>
      </Row>
      {editing && (
        <CaseDrawer
          township={township}
          editing={current}
          onReload={reload}
          onClose={() => setEditing(false)}
        />
      )}
      {verb && (
        <CaseActionModal
          township={township}
          current={current}
          verb={verb}
          onReload={reload}
          reloading={reloading}
          onClose={() => setVerb(null)}
        />
      )}
    </PageContainer>
  );
}
