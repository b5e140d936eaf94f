import { Button, Card, Descriptions, Space } from 'antd';
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
import { useDecision, type VersionedDecision } from '../api/get-decision';
import { DecisionActionModal, type DecisionVerb } from '../components/decision-action-modal';
import { DecisionDrawer } from '../components/decision-drawer';
import { DecisionStatusTag } from '../components/decision-tags';
import { Procedure } from '../components/procedure';

/** One major decision: its procedure steps (antd Steps) with a form each; review, adopt, publish. */
export default function DecisionRoute() {
  const { t } = useTranslation('decisions');
  const township = useTownshipCode();
  const { id = '' } = useParams();
  const record = useDecision(township, id);

  return (
    <RecordRoute
      query={record}
      title={t('title')}
      notFound={t('detail.notFound')}
      listPath={townshipPath(township, 'major-decisions')}
    >
      {(current) => (
        <DecisionPage
          township={township}
          current={current}
          reload={() => record.refetch()}
          reloading={record.isFetching}
        />
      )}
    </RecordRoute>
  );
}

function DecisionPage({
  township,
  current,
  reload,
  reloading,
}: {
  township: string;
  current: VersionedDecision;
  reload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation('decisions');
  const format = useFormat();
  const access = useAccess(township);
  const [verb, setVerb] = useState<DecisionVerb | null>(null);
  const [editing, setEditing] = useState(false);
  const { decision } = current;
  const inProcedure = decision.status === 'IN_PROCEDURE';
  const notSubmitted = !decision.review.reviewId || decision.review.outcome === 'NONE';

  return (
    <PageContainer
      title={decision.title}
      subTitle={
        decision.catalogueNumber
          ? t('detail.catalogueItem', { year: decision.year, number: decision.catalogueNumber })
          : t('detail.notCatalogued', { year: decision.year })
      }
      breadcrumb={[
        {
          title: (
            <Link to={`${townshipPath(township, 'major-decisions')}?year=${decision.year}`}>
              {t('detail.breadcrumb')}
            </Link>
          ),
        },
        { title: decision.title },
      ]}
      extra={
        <>
          <Access accessible={access.canKeepRegisters && inProcedure}>
            <Button onClick={() => setEditing(true)}>{t('actions.edit')}</Button>
          </Access>
          <Access accessible={access.canKeepRegisters && inProcedure && notSubmitted}>
            <Button onClick={() => setVerb('submit-for-review')}>
              {t('actions.submitForReview')}
            </Button>
          </Access>
          <Access accessible={access.canDecide && inProcedure}>
            <Button type="primary" onClick={() => setVerb('adopt')}>
              {t('actions.adopt')}
            </Button>
          </Access>
          <Access accessible={access.canKeepRegisters && decision.status === 'ADOPTED'}>
            <Button type="primary" onClick={() => setVerb('publish')}>
              {t('actions.publish')}
            </Button>
          </Access>
        </>
      }
    >
      <Card title={t('detail.basics')} style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'sponsor', label: t('detail.sponsor'), children: decision.sponsor },
            {
              key: 'status',
              label: t('detail.status'),
              children: (
                <Space size={4}>
                  <DecisionStatusTag status={decision.status} />
                </Space>
              ),
            },
            {
              key: 'adoptedOn',
              label: t('detail.adoptedOn'),
              children: format.date(decision.adoptedOn),
            },
            {
              key: 'publishedOn',
              label: t('detail.publishedOn'),
              children: format.date(decision.publishedOn),
            },
            ...(decision.description
              ? [
                  {
                    key: 'description',
                    label: t('detail.description'),
                    children: decision.description,
                    span: 'filled' as const,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Procedure
        township={township}
        current={current}
        canRecord={access.canKeepRegisters && inProcedure}
        onSubmitForReview={() => setVerb('submit-for-review')}
        onReload={reload}
        reloading={reloading}
      />
      {verb && (
        <DecisionActionModal
          township={township}
          current={current}
          verb={verb}
          onReload={reload}
          reloading={reloading}
          onClose={() => setVerb(null)}
        />
      )}
      {editing && (
        <DecisionDrawer
          township={township}
          year={decision.year}
          editing={current}
          onReload={reload}
          onClose={() => setEditing(false)}
        />
      )}
    </PageContainer>
  );
}
