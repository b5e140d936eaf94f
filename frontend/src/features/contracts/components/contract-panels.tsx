import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useAttachments, useDownloadAttachment } from '@/components/attachments/api';
import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';

import {
  amendmentVerbs,
  milestoneVerbs,
  type ContractAmendment,
  type ContractMilestone,
  type ContractPayment,
  type ContractVerb,
  type ContractVersion,
  type ContractView,
  type CounterpartyView,
} from '../types';

import { CONTRACT_FILES } from './actions/fields';
import './contracts-table.css';
import {
  AmendmentStatusTag,
  ExpiryMarks,
  MilestoneStatusTag,
  ReviewOutcomeTag,
  useMajorReasons,
} from './contract-tags';

type Items = NonNullable<DescriptionsProps['items']>;

/** A verb on one of the contract's milestones or amendments, by its number. */
export type RowAction = (verb: ContractVerb, number: number) => void;

function useTerm() {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  return (term: { startOn: string; endOn: string }) =>
    t('termValue', { start: format.date(term.startOn), end: format.date(term.endOn) });
}

/** A term in a table cell: the first day over the last, so the column stays narrow. */
function TermCell({ term }: { term: { startOn: string; endOn: string } }) {
  const format = useFormat();
  return (
    <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
      <span>{format.date(term.startOn)}</span>
      <span>{format.date(term.endOn)}</span>
    </Space>
  );
}

/** A file of the contract by its name, as a download (one no longer listed shows its id). */
function FileLink({
  township,
  contractId,
  id,
}: {
  township: string;
  contractId: string;
  id: string;
}) {
  const files = useAttachments(township, CONTRACT_FILES, contractId);
  const download = useDownloadAttachment(township);
  const file = files.data?.find((candidate) => candidate.id === id);
  if (!file) return <span>{id}</span>;
  return (
    <Button
      type="link"
      size="small"
      style={{ paddingInline: 0, height: 'auto' }}
      onClick={() => download.mutate(file)}
    >
      {file.fileName}
    </Button>
  );
}

export function BasicsCard({ township, contract }: { township: string; contract: ContractView }) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const term = useTerm();
  const amended = contract.versions.length > 1;
  const items: Items = [
    { key: 'number', label: t('detail.number'), children: contract.number },
    { key: 'type', label: t('detail.type'), children: t(`type.${contract.type}`) },
    {
      key: 'amount',
      label: amended ? t('detail.amountAmended') : t('detail.amount'),
      children: format.money(contract.amount),
    },
    { key: 'term', label: t('detail.term'), children: term(contract.term) },
    { key: 'department', label: t('detail.department'), children: contract.department },
    {
      key: 'responsiblePerson',
      label: t('detail.responsiblePerson'),
      children: contract.responsiblePerson,
    },
    {
      key: 'procurementMethod',
      label: t('detail.procurementMethod'),
      children: t(`procurement.${contract.procurementMethod}`),
    },
    {
      key: 'tendered',
      label: t('detail.tendered'),
      children: contract.tendered ? t('yesNo.yes') : t('yesNo.no'),
    },
    {
      key: 'registeredOn',
      label: t('detail.registeredOn'),
      children: format.date(contract.registeredOn),
    },
    ...(contract.approval
      ? [
          {
            key: 'approval',
            label: t('detail.approval'),
            span: 'filled' as const,
            children: (
              <span>
                {t('detail.approvalValue', {
                  date: format.date(contract.approval.approvedOn),
                  by: contract.approval.approvedBy,
                })}
                {contract.approval.opinion && (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {contract.approval.opinion}
                  </Typography.Text>
                )}
              </span>
            ),
          },
        ]
      : []),
    ...(contract.signing
      ? [
          {
            key: 'signing',
            label: t('detail.signing'),
            span: 'filled' as const,
            children: t('detail.signingValue', {
              date: format.date(contract.signing.signedOn),
              signatories: contract.signing.signatories.join('、'),
            }),
          },
          {
            key: 'signedFile',
            label: t('detail.signedFile'),
            span: 'filled' as const,
            children: (
              <FileLink
                township={township}
                contractId={contract.id}
                id={contract.signing.signedFileId}
              />
            ),
          },
        ]
      : []),
    ...(contract.completedOn
      ? [
          {
            key: 'completedOn',
            label: t('detail.completedOn'),
            children: format.date(contract.completedOn),
          },
        ]
      : []),
    ...(contract.termination
      ? [
          {
            key: 'termination',
            label: t('detail.termination'),
            span: 'filled' as const,
            children: t('detail.terminationValue', {
              date: format.date(contract.termination.terminatedOn),
              reason: contract.termination.reason,
            }),
          },
        ]
      : []),
    ...(contract.archivedOn
      ? [
          {
            key: 'archivedOn',
            label: t('detail.archivedOn'),
            children: format.date(contract.archivedOn),
          },
        ]
      : []),
    ...(contract.summary
      ? [
          {
            key: 'summary',
            label: t('detail.summary'),
            span: 'filled' as const,
            children: (
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                {contract.summary}
              </Typography.Text>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('detail.basics')} style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, sm: 2, xxl: 3 }} items={items} />
    </Card>
  );
}

/** The counterparty as the API answers it: ID number and phone whole for keepers, masked for others. */
export function CounterpartyCard({ counterparty }: { counterparty: CounterpartyView }) {
  const { t } = useTranslation('contracts');
  const person = counterparty.kind === 'INDIVIDUAL';
  const items: Items = [
    {
      key: 'name',
      label: person ? t('form.name') : t('form.orgName'),
      children: (
        <Space size={4}>
          {counterparty.name}
          <Tag variant="filled">{t(`counterpartyKind.${counterparty.kind}`)}</Tag>
        </Space>
      ),
    },
    person
      ? { key: 'idNumber', label: t('form.idNumber'), children: counterparty.idNumber ?? '' }
      : { key: 'creditCode', label: t('form.creditCode'), children: counterparty.creditCode ?? '' },
    ...(!person && counterparty.legalRepresentative
      ? [
          {
            key: 'legalRepresentative',
            label: t('form.legalRepresentative'),
            children: counterparty.legalRepresentative,
          },
        ]
      : []),
    ...(counterparty.phone
      ? [{ key: 'phone', label: t('form.phone'), children: counterparty.phone }]
      : []),
    ...(counterparty.address
      ? [{ key: 'address', label: t('form.address'), children: counterparty.address }]
      : []),
  ];
  return (
    <Card
      title={t('detail.counterparty')}
      extra={
        counterparty.masked ? (
          <Typography.Text type="secondary">{t('detail.masked')}</Typography.Text>
        ) : null
      }
      style={{ marginBottom: 16 }}
    >
      <Descriptions column={{ xs: 1, sm: 2 }} items={items} />
    </Card>
  );
}

/** CON-01 as the API judged it, with its reasons; and the review (LR-03) with a link to it. */
export function MajorAndReviewCard({
  township,
  contract,
}: {
  township: string;
  contract: ContractView;
}) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const reasonTexts = useMajorReasons();
  const { review } = contract;
  const submitted = review.outcome !== 'NONE' && Boolean(review.reviewId);
  return (
    <Card
      title={t('detail.review')}
      aria-label={t('detail.review')}
      role="region"
      style={{ marginBottom: 16 }}
    >
      <Descriptions
        column={1}
        size="small"
        layout="vertical"
        items={[
          {
            key: 'major',
            label: t('detail.major'),
            children: contract.major ? (
              <Space orientation="vertical" size={2}>
                <Tag color="volcano">{t('detail.majorYes')}</Tag>
                <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label={t('detail.major')}>
                  {reasonTexts(contract.majorReasons, contract.type, contract.majorThreshold).map(
                    (reason) => (
                      <li key={reason}>{reason}</li>
                    ),
                  )}
                </ul>
              </Space>
            ) : (
              <Space orientation="vertical" size={2}>
                <Tag>{t('detail.majorNo')}</Tag>
                <Typography.Text type="secondary">
                  {t('detail.majorNoReason', { threshold: format.money(contract.majorThreshold) })}
                </Typography.Text>
              </Space>
            ),
          },
          {
            key: 'required',
            label: t('detail.reviewState'),
            children: (
              <Space orientation="vertical" size={2}>
                <Space size={4} wrap>
                  <ReviewOutcomeTag outcome={review.outcome} />
                  {submitted && (
                    <Typography.Text type="secondary">
                      {t('detail.reviewRound', { round: review.round })}
                    </Typography.Text>
                  )}
                </Space>
                <Typography.Text type="secondary">
                  {review.required ? t('detail.reviewRequired') : t('detail.reviewOptional')}
                </Typography.Text>
              </Space>
            ),
          },
          ...(submitted
            ? [
                {
                  key: 'submittedOn',
                  label: t('detail.reviewSubmittedOn'),
                  children: format.date(review.submittedOn),
                },
                ...(review.decidedOn
                  ? [
                      {
                        key: 'decidedOn',
                        label: t('detail.reviewDecidedOn'),
                        children: format.date(review.decidedOn),
                      },
                    ]
                  : []),
              ]
            : []),
        ]}
      />
      {review.outcome === 'REJECTED' && (
        <Alert type="error" showIcon title={t('detail.reviewRejected')} style={{ marginTop: 12 }} />
      )}
      {submitted && (
        <Link to={townshipPath(township, `legality-reviews/${review.reviewId}`)}>
          <Button style={{ marginTop: 12 }}>{t('detail.reviewOpen')}</Button>
        </Link>
      )}
    </Card>
  );
}

/** Paid and unpaid of the amount as amended, the next milestone and the CON-03 marks, as the API computed them. */
export function PerformanceCard({ contract }: { contract: ContractView }) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const { performance } = contract;
  const next = performance.nextMilestone;
  return (
    <Card
      title={t('detail.performance')}
      aria-label={t('detail.performance')}
      role="region"
      extra={
        <ExpiryMarks
          endingSoon={performance.endingSoon}
          expired={performance.expired}
          overdueMilestones={performance.overdueMilestones}
        />
      }
      style={{ marginBottom: 16 }}
    >
      <Space size={32} wrap style={{ marginBottom: 12 }}>
        <Statistic title={t('detail.paid')} value={format.money(performance.paid)} />
        <Statistic title={t('detail.unpaid')} value={format.money(performance.unpaid)} />
      </Space>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'next',
            label: t('detail.nextMilestone'),
            children: next ? (
              <Space size={4} wrap>
                {t('detail.nextMilestoneValue', {
                  title: next.title,
                  date: format.date(next.dueOn),
                })}
                <MilestoneStatusTag status={next.status} />
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('detail.nextMilestoneNone')}</Typography.Text>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('detail.noticeDays', { days: performance.expiryNoticeDays })}
      </Typography.Text>
    </Card>
  );
}

export function MilestonesCard({
  township,
  contract,
  onAct,
}: {
  township: string;
  contract: ContractView;
  onAct: RowAction;
}) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const columns: ColumnsType<ContractMilestone> = [
    { title: t('columnsMilestone.number'), dataIndex: 'number', key: 'number', width: 60 },
    {
      title: t('columnsMilestone.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 80,
      render: (kind: ContractMilestone['kind']) => t(`milestoneKind.${kind}`),
    },
    { title: t('columnsMilestone.title'), dataIndex: 'title', key: 'title' },
    {
      title: t('columnsMilestone.dueOn'),
      dataIndex: 'dueOn',
      key: 'dueOn',
      width: 130,
      render: (date: string) => format.date(date),
    },
    {
      title: t('columnsMilestone.amount'),
      key: 'amount',
      align: 'right',
      width: 150,
      render: (_, milestone) =>
        milestone.kind === 'PAYMENT' ? (
          <Space orientation="vertical" size={0} align="end">
            <span>{format.money(milestone.amount)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('columnsMilestone.paid')} {format.money(milestone.paid)}
            </Typography.Text>
          </Space>
        ) : null,
    },
    {
      title: t('columnsMilestone.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: ContractMilestone['status']) => <MilestoneStatusTag status={status} />,
    },
    {
      title: t('columnsMilestone.done'),
      key: 'done',
      render: (_, milestone) => (
        <Space orientation="vertical" size={0}>
          {milestone.doneOn && <span>{format.date(milestone.doneOn)}</span>}
          {milestone.note && <Typography.Text type="secondary">{milestone.note}</Typography.Text>}
          {milestone.waivedReason && (
            <Typography.Text type="secondary">{milestone.waivedReason}</Typography.Text>
          )}
          {milestone.evidenceFileIds.map((id) => (
            <FileLink key={id} township={township} contractId={contract.id} id={id} />
          ))}
        </Space>
      ),
    },
    {
      title: t('columnsMilestone.actions'),
      key: 'actions',
      width: 120,
      render: (_, milestone) => (
        <Space size={4}>
          {Object.entries(milestoneVerbs)
            .filter(([verb]) => milestone.allowedActions.includes(verb))
            .map(([, verb]) => (
              <Button
                key={verb}
                size="small"
                type="link"
                style={{ paddingInline: 0 }}
                onClick={() => onAct(verb, milestone.number)}
              >
                {t(`verb.${verb}`)}
              </Button>
            ))}
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('detail.milestones')} style={{ marginBottom: 16 }}>
      {contract.milestones.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.milestonesEmpty')} />
      ) : (
        <Table<ContractMilestone>
          aria-label={t('detail.milestones')}
          rowKey="number"
          size="small"
          columns={columns}
          dataSource={contract.milestones}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(milestone) =>
            milestone.status === 'OVERDUE' ? 'contract-row-overdue' : ''
          }
        />
      )}
    </Card>
  );
}

export function PaymentsCard({ contract }: { contract: ContractView }) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const titleOf = (number: number) =>
    contract.milestones.find((milestone) => milestone.number === number)?.title ?? String(number);
  const columns: ColumnsType<ContractPayment> = [
    { title: t('columnsPayment.number'), dataIndex: 'number', key: 'number', width: 60 },
    {
      title: t('columnsPayment.milestone'),
      dataIndex: 'milestoneNumber',
      key: 'milestone',
      render: (number: number) => titleOf(number),
    },
    {
      title: t('columnsPayment.paidOn'),
      dataIndex: 'paidOn',
      key: 'paidOn',
      width: 130,
      render: (date: string) => format.date(date),
    },
    {
      title: t('columnsPayment.amount'),
      dataIndex: 'amount',
      key: 'amount',
      align: 'right',
      width: 140,
      render: (amount: string) => format.money(amount),
    },
    { title: t('columnsPayment.voucher'), dataIndex: 'voucher', key: 'voucher' },
    {
      title: t('columnsPayment.recordedBy'),
      dataIndex: 'recordedBy',
      key: 'recordedBy',
      width: 100,
    },
  ];
  return (
    <Card title={t('detail.payments')} style={{ marginBottom: 16 }}>
      {contract.payments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.paymentsEmpty')} />
      ) : (
        <Table<ContractPayment>
          aria-label={t('detail.payments')}
          rowKey="number"
          size="small"
          columns={columns}
          dataSource={contract.payments}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}

export function AmendmentsCard({
  township,
  contract,
  onAct,
}: {
  township: string;
  contract: ContractView;
  onAct: RowAction;
}) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const columns: ColumnsType<ContractAmendment> = [
    { title: t('columnsAmendment.number'), dataIndex: 'number', key: 'number', width: 60 },
    {
      title: t('columnsAmendment.title'),
      key: 'title',
      render: (_, amendment) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{amendment.title}</Typography.Text>
          <Typography.Text type="secondary">{amendment.reason}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('columnsAmendment.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: ContractAmendment['status'], amendment) => (
        <Space size={4} wrap>
          <AmendmentStatusTag status={status} />
          {amendment.major && <Tag color="volcano">{t('marks.major')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('columnsAmendment.amount'),
      dataIndex: 'amount',
      key: 'amount',
      align: 'right',
      width: 140,
      render: (amount: string) => format.money(amount),
    },
    {
      title: t('columnsAmendment.term'),
      key: 'term',
      render: (_, amendment) => <TermCell term={amendment.term} />,
    },
    {
      title: t('columnsAmendment.review'),
      key: 'review',
      render: (_, amendment) =>
        amendment.review.reviewId ? (
          <Link to={townshipPath(township, `legality-reviews/${amendment.review.reviewId}`)}>
            <ReviewOutcomeTag outcome={amendment.review.outcome} />
          </Link>
        ) : (
          <ReviewOutcomeTag outcome={amendment.review.outcome} />
        ),
    },
    {
      title: t('columnsAmendment.actions'),
      key: 'actions',
      width: 140,
      render: (_, amendment) => (
        <Space size={8}>
          {Object.entries(amendmentVerbs)
            .filter(([verb]) => amendment.allowedActions.includes(verb))
            .map(([, verb]) => (
              <Button
                key={verb}
                size="small"
                type="link"
                style={{ paddingInline: 0 }}
                onClick={() => onAct(verb, amendment.number)}
              >
                {t(`verb.${verb}`)}
              </Button>
            ))}
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('detail.amendments')} style={{ marginBottom: 16 }}>
      {contract.amendments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.amendmentsEmpty')} />
      ) : (
        <Table<ContractAmendment>
          aria-label={t('detail.amendments')}
          rowKey="number"
          size="small"
          columns={columns}
          dataSource={contract.amendments}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}

/** CON-02: the signed terms, version 1 as signed and one per signed amendment. */
export function VersionsCard({ contract }: { contract: ContractView }) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const columns: ColumnsType<ContractVersion> = [
    { title: t('columnsVersion.number'), dataIndex: 'number', key: 'number', width: 60 },
    {
      title: t('columnsVersion.source'),
      key: 'source',
      render: (_, version) =>
        version.amendmentNumber
          ? t('detail.versionByAmendment', { number: version.amendmentNumber })
          : t('detail.versionAsSigned'),
    },
    {
      title: t('columnsVersion.counterparty'),
      key: 'counterparty',
      render: (_, version) => version.counterparty.name,
    },
    {
      title: t('columnsVersion.amount'),
      dataIndex: 'amount',
      key: 'amount',
      align: 'right',
      render: (amount: string) => format.money(amount),
    },
    {
      title: t('columnsVersion.term'),
      key: 'term',
      render: (_, version) => <TermCell term={version.term} />,
    },
    {
      title: t('columnsVersion.effectiveOn'),
      dataIndex: 'effectiveOn',
      key: 'effectiveOn',
      render: (date: string) => format.date(date),
    },
  ];
  return (
    <Card title={t('detail.versions')} style={{ marginBottom: 16 }}>
      {contract.versions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.versionsEmpty')} />
      ) : (
        <Table<ContractVersion>
          aria-label={t('detail.versions')}
          rowKey="number"
          size="small"
          columns={columns}
          dataSource={contract.versions}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
