import { Button, Col, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { AttachmentsCard } from '@/components/attachments/attachments-card';
import { PageContainer } from '@/components/page-container';
import { RecordRoute } from '@/components/record-route';
import { townshipPath } from '@/config/navigation';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useContract, type VersionedContract } from '../api/get-contract';
import { CONTRACT_FILES } from '../components/actions/fields';
import { ContractActionModal } from '../components/contract-action-modal';
import { ContractDrawer } from '../components/contract-drawer';
import {
  AmendmentsCard,
  BasicsCard,
  CounterpartyCard,
  MajorAndReviewCard,
  MilestonesCard,
  PaymentsCard,
  PerformanceCard,
  VersionsCard,
} from '../components/contract-panels';
import { ContractSteps } from '../components/contract-steps';
import { ContractStatusTag, ExpiryMarks, MajorTag } from '../components/contract-tags';
import { contractVerbs, type ContractVerb, type ContractView } from '../types';

/**
 * The steps that move a contract on, in their order: the first one allowed is the primary button. Completing is
 * left out: the API allows it as soon as no milestone is pending, which is not yet a sign the work was done.
 */
const progression: readonly ContractVerb[] = ['approve', 'sign', 'archive'];

function primaryVerb(contract: ContractView, allowed: ContractVerb[]): ContractVerb | undefined {
  // a contract whose review must pass first (LR-03) and was never sent asks for it before approval
  if (
    contract.review.required &&
    contract.review.outcome === 'NONE' &&
    allowed.includes('submit-for-review')
  ) {
    return 'submit-for-review';
  }
  return progression.find((verb) => allowed.includes(verb));
}

/** One contract: its lifecycle, the review, performance, amendments and files, and the actions allowed now. */
export default function ContractRoute() {
  const { t } = useTranslation('contracts');
  const township = useTownshipCode();
  const { id = '' } = useParams();
  const current = useContract(township, id);

  return (
    <RecordRoute
      query={current}
      title={t('title')}
      notFound={t('detail.notFound')}
      listPath={townshipPath(township, 'contracts')}
    >
      {(data) => (
        <ContractPage
          township={township}
          current={data}
          reload={() => current.refetch()}
          reloading={current.isFetching}
        />
      )}
    </RecordRoute>
  );
}

function ContractPage({
  township,
  current,
  reload,
  reloading,
}: {
  township: string;
  current: VersionedContract;
  reload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation('contracts');
  const [dialog, setDialog] = useState<{ verb: ContractVerb; number?: number } | null>(null);
  const [editing, setEditing] = useState(false);
  const { contract } = current;
  // exactly the actions the API allows this user now, in the order of the lifecycle
  const allowed = contractVerbs.filter((verb) => contract.allowedActions.includes(verb));
  const primary = primaryVerb(contract, allowed);
  const editable = contract.allowedActions.includes('edit');
  const { performance } = contract;

  return (
    <PageContainer
      title={
        <Space size={8} wrap>
          {contract.title}
          <ContractStatusTag status={contract.status} />
          {contract.major && (
            <MajorTag
              reasons={contract.majorReasons}
              type={contract.type}
              threshold={contract.majorThreshold}
            />
          )}
          <ExpiryMarks
            endingSoon={performance.endingSoon}
            expired={performance.expired}
            overdueMilestones={performance.overdueMilestones}
          />
        </Space>
      }
      subTitle={`${contract.number} · ${contract.counterparty.name} · ${t(`type.${contract.type}`)}`}
      breadcrumb={[
        {
          title: <Link to={townshipPath(township, 'contracts')}>{t('detail.breadcrumb')}</Link>,
        },
        { title: contract.number },
      ]}
      extra={
        allowed.length > 0 || editable ? (
          <Space wrap data-testid="contract-actions">
            {editable && <Button onClick={() => setEditing(true)}>{t('detail.edit')}</Button>}
            {allowed.map((verb) => (
              <Button
                key={verb}
                type={verb === primary ? 'primary' : 'default'}
                danger={verb === 'terminate'}
                onClick={() => setDialog({ verb })}
              >
                {t(`verb.${verb}`)}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('detail.actionsNone')}</Typography.Text>
        )
      }
    >
      <ContractSteps contract={contract} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <BasicsCard township={township} contract={contract} />
          <CounterpartyCard counterparty={contract.counterparty} />
          <MilestonesCard
            township={township}
            contract={contract}
            onAct={(verb, number) => setDialog({ verb, number })}
          />
          <PaymentsCard contract={contract} />
          <AmendmentsCard
            township={township}
            contract={contract}
            onAct={(verb, number) => setDialog({ verb, number })}
          />
          <VersionsCard contract={contract} />
          <AttachmentsCard
            township={township}
            recordType={CONTRACT_FILES}
            recordId={contract.id}
            defaultKind="CONTRACT"
          />
        </Col>
        <Col xs={24} xl={8}>
          <MajorAndReviewCard township={township} contract={contract} />
          <PerformanceCard contract={contract} />
        </Col>
      </Row>
      {editing && (
        <ContractDrawer
          township={township}
          editing={contract.id}
          onClose={() => setEditing(false)}
        />
      )}
      {dialog && (
        <ContractActionModal
          township={township}
          current={current}
          verb={dialog.verb}
          number={dialog.number}
          onReload={reload}
          reloading={reloading}
          onClose={() => setDialog(null)}
        />
      )}
    </PageContainer>
  );
}
