import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
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
import { useDocument, type VersionedDocument } from '../api/get-document';
import { DocumentActionModal, type DocumentVerb } from '../components/document-action-modal';
import { DocumentDrawer } from '../components/document-drawer';
import { DocumentStatusTag, ProvisionalTag, ValidityTags } from '../components/document-tags';
import { ReviewCard } from '../components/review-card';

/** One normative document: its details, its review, and the actions its status allows. */
export default function DocumentRoute() {
  const { t } = useTranslation('documents');
  const township = useTownshipCode();
  const { id = '' } = useParams();
  const record = useDocument(township, id);

  return (
    <RecordRoute
      query={record}
      title={t('title')}
      notFound={t('detail.notFound')}
      listPath={townshipPath(township, 'normative-documents')}
    >
      {(current) => (
        <DocumentPage
          township={township}
          current={current}
          reload={() => record.refetch()}
          reloading={record.isFetching}
        />
      )}
    </RecordRoute>
  );
}

function DocumentPage({
  township,
  current,
  reload,
  reloading,
}: {
  township: string;
  current: VersionedDocument;
  reload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  const access = useAccess(township);
  const [verb, setVerb] = useState<DocumentVerb | null>(null);
  const [editing, setEditing] = useState(false);
  const { document } = current;
  const { status } = document;
  // `status` is as of today (EXPIRED once lapsed); `recordedStatus` is what was recorded
  const inForce = status === 'EFFECTIVE';
  const lapsedUnrecorded = document.expired && document.recordedStatus === 'EFFECTIVE';

  const action = (name: DocumentVerb, label: string, primary = false, danger = false) => (
    <Button type={primary ? 'primary' : 'default'} danger={danger} onClick={() => setVerb(name)}>
      {label}
    </Button>
  );

  const items = [
    {
      key: 'number',
      label: t('detail.number'),
      children: document.number ?? (
        <Typography.Text type="secondary">{t('noNumber')}</Typography.Text>
      ),
    },
    { key: 'issuer', label: t('detail.issuer'), children: document.issuer },
    {
      key: 'provisional',
      label: t('detail.provisional'),
      children: document.provisional ? t('detail.yes') : t('detail.no'),
    },
    {
      key: 'status',
      label: t('detail.status'),
      children: (
        <Space size={4} wrap>
          <DocumentStatusTag status={status} />
          <ValidityTags document={document} />
        </Space>
      ),
    },
    {
      key: 'reviewSubmittedOn',
      label: t('detail.reviewSubmittedOn'),
      children: format.date(document.reviewSubmittedOn),
    },
    { key: 'issuedOn', label: t('detail.issuedOn'), children: format.date(document.issuedOn) },
    {
      key: 'effectiveOn',
      label: t('detail.effectiveOn'),
      children: format.date(document.effectiveOn),
    },
    {
      key: 'validity',
      label: t('detail.validity'),
      children:
        document.validFrom && document.validUntil
          ? t('detail.validityValue', {
              from: format.date(document.validFrom),
              until: format.date(document.validUntil),
            })
          : '',
    },
    {
      key: 'evaluationDueOn',
      label: t('detail.evaluationDueOn'),
      children: format.date(document.evaluationDueOn),
    },
    ...(document.amendedBy || document.amendmentNote
      ? [
          {
            key: 'amendedBy',
            label: t('detail.amendedBy'),
            children: document.amendedBy ? (
              <Link to={townshipPath(township, `normative-documents/${document.amendedBy}`)}>
                {document.amendedBy}
              </Link>
            ) : (
              '—'
            ),
          },
          {
            key: 'amendmentNote',
            label: t('detail.amendmentNote'),
            children: document.amendmentNote ?? '—',
          },
        ]
      : []),
    ...(document.repealedOn
      ? [
          {
            key: 'repealedOn',
            label: t('detail.repealedOn'),
            children: format.date(document.repealedOn),
          },
          {
            key: 'repealReason',
            label: document.repealedInCleanUp
              ? t('detail.repealedInCleanUp')
              : t('detail.repealReason'),
            children: document.repealReason ?? '',
          },
        ]
      : []),
    ...(document.expiredOn
      ? [
          {
            key: 'expiredOn',
            label: t('detail.expiredOn'),
            children: format.date(document.expiredOn),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={document.title}
      subTitle={
        <Space size={8} wrap>
          <span>{document.number ?? t('noNumber')}</span>
          {document.provisional && <ProvisionalTag />}
        </Space>
      }
      breadcrumb={[
        {
          title: (
            <Link to={townshipPath(township, 'normative-documents')}>{t('detail.breadcrumb')}</Link>
          ),
        },
        { title: document.title },
      ]}
      extra={
        <>
          <Access
            accessible={access.canKeepRegisters && (status === 'DRAFT' || status === 'IN_REVIEW')}
          >
            <Button onClick={() => setEditing(true)}>{t('actions.edit')}</Button>
          </Access>
          <Access accessible={access.canKeepRegisters && status === 'DRAFT'}>
            {action('submit-for-review', t('actions.submitForReview'), true)}
          </Access>
          <Access accessible={access.canDecide && status === 'IN_REVIEW'}>
            {action('issue', t('actions.issue'), true)}
          </Access>
          <Access accessible={access.canKeepRegisters && inForce}>
            {action('re-evaluate', t('actions.reevaluate'))}
            {action('amend', t('actions.amend'))}
          </Access>
          <Access accessible={access.canDecide && inForce}>
            {action('repeal', t('actions.repeal'), false, true)}
          </Access>
          <Access accessible={access.canKeepRegisters && lapsedUnrecorded}>
            {action('expire', t('actions.expire'), false, true)}
          </Access>
        </>
      }
    >
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card title={t('detail.basics')} style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, sm: 2 }} items={items} />
            {status === 'EFFECTIVE' && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('detail.evaluationHint')}
              </Typography.Paragraph>
            )}
          </Card>
          {document.reevaluations.length > 0 && (
            <Card title={t('detail.reevaluations')} style={{ marginBottom: 16 }}>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {document.reevaluations.map((evaluation) => (
                  <li key={`${evaluation.evaluatedOn}:${evaluation.validUntil}`}>
                    {t('detail.reevaluation', {
                      date: format.date(evaluation.evaluatedOn),
                      by: evaluation.evaluatedBy,
                      conclusion: evaluation.conclusion,
                      previous: format.date(evaluation.previousUntil),
                      until: format.date(evaluation.validUntil),
                    })}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <ReviewCard township={township} review={document.review} />
        </Col>
      </Row>
      {verb && (
        <DocumentActionModal
          township={township}
          current={current}
          verb={verb}
          onReload={reload}
          reloading={reloading}
          onClose={() => setVerb(null)}
        />
      )}
      {editing && (
        <DocumentDrawer
          township={township}
          editing={current}
          onReload={reload}
          onClose={() => setEditing(false)}
        />
      )}
    </PageContainer>
  );
}
