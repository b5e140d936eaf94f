import { Alert, Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';

import type { EnforcementCaseView } from '../types';

import { CaseFileLinks } from './case-file-fields';
import { DeadlineTag, useOutcomeText } from './case-tags';
import { CloseChecklist } from './close-checklist';

type Items = NonNullable<DescriptionsProps['items']>;

/** The party as the API answers it: whole for officers and leaders, masked for other roles. */
export function PartyCard({ record }: { record: EnforcementCaseView }) {
  const { t } = useTranslation('cases');
  const { party } = record;
  const individual = party.kind === 'INDIVIDUAL';
  const items: Items = [
    {
      key: 'name',
      label: individual ? t('form.name') : t('form.orgName'),
      children: (
        <Space size={4}>
          {party.name}
          <Tag variant="filled">{t(`partyKind.${party.kind}`)}</Tag>
        </Space>
      ),
    },
    individual
      ? { key: 'idNumber', label: t('form.idNumber'), children: party.idNumber ?? '' }
      : { key: 'creditCode', label: t('form.creditCode'), children: party.creditCode ?? '' },
    ...(!individual && party.legalRepresentative
      ? [
          {
            key: 'legalRepresentative',
            label: t('form.legalRepresentative'),
            children: party.legalRepresentative,
          },
        ]
      : []),
    ...(party.phone ? [{ key: 'phone', label: t('form.phone'), children: party.phone }] : []),
    ...(party.address
      ? [
          {
            key: 'address',
            label: individual ? t('form.address') : t('form.orgAddress'),
            children: party.address,
          },
        ]
      : []),
  ];
  return (
    <Card title={t('detail.party')} style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, sm: 2 }} items={items} />
    </Card>
  );
}

export function BasicsCard({ record }: { record: EnforcementCaseView }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const yesNo = (value: boolean) => (value ? t('detail.yes') : t('detail.no'));
  const items: Items = [
    { key: 'field', label: t('form.field'), children: t(`field.${record.field}`) },
    { key: 'procedure', label: t('form.procedure'), children: t(`procedure.${record.procedure}`) },
    { key: 'filedOn', label: t('form.filedOn'), children: format.date(record.filedOn) },
    {
      key: 'violationDate',
      label: t('form.violationDate'),
      children: format.date(record.violationDate),
    },
    {
      key: 'discoveredOn',
      label: t('form.discoveredOn'),
      children: format.date(record.discoveredOn),
    },
    { key: 'place', label: t('form.place'), children: record.place ?? '' },
    { key: 'major', label: t('detail.major'), children: yesNo(record.major) },
    {
      key: 'harms',
      label: t('detail.harms'),
      children: yesNo(record.harmsLifeHealthOrProperty),
    },
    {
      key: 'officers',
      label: t('detail.officers'),
      span: 'filled',
      children: (
        <Space orientation="vertical" size={0}>
          {record.officers.map((officer) => (
            <span key={officer.id}>
              {officer.certificateNumber
                ? t('detail.officerValue', {
                    name: officer.name,
                    number: officer.certificateNumber,
                  })
                : officer.name}
            </span>
          ))}
        </Space>
      ),
    },
    {
      key: 'facts',
      label: t('form.facts'),
      span: 'filled',
      children: (
        <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{record.facts}</Typography.Text>
      ),
    },
  ];
  return (
    <Card title={t('detail.basics')} style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, sm: 2, xxl: 3 }} items={items} />
    </Card>
  );
}

/** The computed deadlines of the case (ENF-04, 06, 10, 11) and what a fine comes to today. */
export function DeadlinesCard({ record }: { record: EnforcementCaseView }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const { deadlines } = record;
  const closed = record.status === 'CLOSED' || record.status === 'REVOKED';
  const due = (dueOn: string | null | undefined, overdue: boolean | null | undefined) =>
    dueOn ? (
      closed ? (
        format.date(dueOn)
      ) : (
        <Space size={8}>
          {format.date(dueOn)}
          <DeadlineTag dueOn={dueOn} overdue={overdue} showKind={false} />
        </Space>
      )
    ) : null;
  const items: Items = [
    ...(deadlines.decisionDueOn
      ? [
          {
            key: 'decision',
            label: t('detail.decisionDueOn'),
            children: (
              <Space orientation="vertical" size={2}>
                {record.decision
                  ? format.date(deadlines.decisionDueOn)
                  : due(deadlines.decisionDueOn, deadlines.decisionOverdue)}
                {record.extension && (
                  <Typography.Text type="secondary">
                    {t('detail.extendedUntil', {
                      date: format.date(record.extension.until),
                      reason: record.extension.reason,
                    })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]
      : []),
    ...(deadlines.hearingWindowEndsOn
      ? [
          {
            key: 'hearing',
            label: t('detail.hearingWindowEndsOn'),
            children: format.date(deadlines.hearingWindowEndsOn),
          },
        ]
      : []),
    ...(deadlines.deliveryDueOn
      ? [
          {
            key: 'delivery',
            label: t('detail.deliveryDueOn'),
            children: record.delivery
              ? format.date(deadlines.deliveryDueOn)
              : due(deadlines.deliveryDueOn, deadlines.deliveryOverdue),
          },
        ]
      : []),
    ...(deadlines.paymentDueOn
      ? [
          {
            key: 'payment',
            label: t('detail.paymentDueOn'),
            children: record.execution
              ? format.date(deadlines.paymentDueOn)
              : due(deadlines.paymentDueOn, deadlines.paymentOverdue),
          },
        ]
      : []),
    ...(deadlines.surchargeToday && !record.execution
      ? [
          {
            key: 'surcharge',
            label: t('detail.surchargeToday'),
            children: format.money(deadlines.surchargeToday),
          },
        ]
      : []),
    ...(deadlines.amountDueToday && !record.execution
      ? [
          {
            key: 'amountDue',
            label: t('detail.amountDueToday'),
            children: (
              <Typography.Text strong>{format.money(deadlines.amountDueToday)}</Typography.Text>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('detail.deadlines')} style={{ marginBottom: 16 }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noDeadlines')} />
      ) : (
        <Descriptions column={1} items={items} aria-label={t('detail.deadlines')} />
      )}
      {deadlines.paymentDueOn && !record.execution && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('detail.surchargeHint')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

export function ChecklistCard({
  township,
  record,
}: {
  township: string;
  record: EnforcementCaseView;
}) {
  const { t } = useTranslation('cases');
  const footage = record.processRecord?.recorderFootageRef;
  const footageFile = record.processRecord?.recorderFootageFile;
  const documentFiles = record.processRecord?.documentFiles ?? [];
  return (
    <Card title={t('detail.checklist')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('detail.checklistHint')}</Typography.Paragraph>
      <CloseChecklist record={record} />
      <Space orientation="vertical" size={4}>
        {footage && (
          <Typography.Text type="secondary">
            {t('detail.footageRef', { ref: footage })}
          </Typography.Text>
        )}
        {footageFile && (
          <Typography.Text type="secondary">
            {t('detail.footageFile')}
            <CaseFileLinks township={township} caseId={record.id} ids={[footageFile]} />
          </Typography.Text>
        )}
        {documentFiles.length > 0 && (
          <Typography.Text type="secondary">
            {t('detail.documentFiles')}
            <CaseFileLinks township={township} caseId={record.id} ids={documentFiles} />
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

/** What has been done on the case: notice, hearing, review, decision, delivery, execution, … */
export function RecordCard({
  township,
  record,
}: {
  township: string;
  record: EnforcementCaseView;
}) {
  const { t } = useTranslation('cases');
  const lv = (label: string, value: string) => t('detail.labelValue', { label, value });
  const format = useFormat();
  const outcomeText = useOutcomeText();
  const items: Items = [];
  const { investigation, notice, hearing, legalReview, decision, delivery, execution } = record;
  if (investigation) {
    items.push({
      key: 'investigation',
      label: t('detail.investigation'),
      children: [format.date(investigation.startedOn), investigation.summary]
        .filter(Boolean)
        .join(' · '),
    });
  }
  if (notice) {
    items.push({
      key: 'notice',
      label: t('detail.notice'),
      children: (
        <Space orientation="vertical" size={0}>
          <span>
            {t('detail.noticeValue', {
              date: format.date(notice.notifiedOn),
              outcome: outcomeText(notice.intendedOutcome),
            })}
          </span>
          <Typography.Text type="secondary">
            {lv(
              t('detail.hearingOffered'),
              notice.hearingOffered ? t('detail.yes') : t('detail.no'),
            )}
            {notice.method ? ` · ${lv(t('detail.method'), notice.method)}` : ''}
          </Typography.Text>
        </Space>
      ),
    });
  }
  if (hearing && (hearing.waivedOn || hearing.requestedOn || hearing.heldOn)) {
    items.push({
      key: 'hearing',
      label: t('detail.hearing'),
      children: (
        <Space orientation="vertical" size={0}>
          {hearing.waivedOn && (
            <span>{t('detail.hearingWaived', { date: format.date(hearing.waivedOn) })}</span>
          )}
          {hearing.requestedOn && (
            <span>{t('detail.hearingRequested', { date: format.date(hearing.requestedOn) })}</span>
          )}
          {hearing.heldOn && (
            <span>{t('detail.hearingHeld', { date: format.date(hearing.heldOn) })}</span>
          )}
          {hearing.summary && <Typography.Text type="secondary">{hearing.summary}</Typography.Text>}
        </Space>
      ),
    });
  }
  if (legalReview && (legalReview.required || legalReview.reviewId)) {
    items.push({
      key: 'legalReview',
      label: t('detail.legalReview'),
      children: (
        <Space wrap>
          <Tag
            color={
              legalReview.status === 'REJECTED'
                ? 'error'
                : legalReview.passed
                  ? 'success'
                  : legalReview.status === 'PENDING'
                    ? 'processing'
                    : 'warning'
            }
          >
            {legalReview.reviewId
              ? t(`reviewStatus.${legalReview.status}`)
              : t('detail.reviewRequired')}
          </Tag>
          {legalReview.requestedOn && (
            <Typography.Text type="secondary">
              {t('detail.reviewRequestedOn', { date: format.date(legalReview.requestedOn) })}
              {legalReview.reviewer ? ` · ${legalReview.reviewer}` : ''}
            </Typography.Text>
          )}
          {legalReview.reviewId && (
            <Link to={townshipPath(township, `legality-reviews/${legalReview.reviewId}`)}>
              <Button size="small">{t('detail.legalReviewOpen')}</Button>
            </Link>
          )}
        </Space>
      ),
    });
  }
  if (decision) {
    items.push({
      key: 'decision',
      label: t('detail.decision'),
      children: (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{outcomeText(decision.outcome)}</Typography.Text>
          {decision.number && <span>{lv(t('detail.decisionNumber'), decision.number)}</span>}
          <Typography.Text type="secondary">
            {lv(t('detail.decidedOn'), format.date(decision.decidedOn))} ·{' '}
            {lv(t('detail.partyPresent'), decision.partyPresent ? t('detail.yes') : t('detail.no'))}
          </Typography.Text>
          {decision.outcome.measure && <span>{decision.outcome.measure}</span>}
          {decision.outcome.educationGiven && <span>{decision.outcome.educationGiven}</span>}
          {decision.outcome.reason && <span>{decision.outcome.reason}</span>}
        </Space>
      ),
    });
  }
  if (delivery) {
    items.push({
      key: 'delivery',
      label: t('detail.delivery'),
      children: (
        <Space orientation="vertical" size={0}>
          <span>
            {format.date(delivery.deliveredOn)}
            {delivery.method ? ` · ${delivery.method}` : ''}
          </span>
          {delivery.lateReason && (
            <Typography.Text type="warning">
              {lv(t('detail.lateReason'), delivery.lateReason)}
            </Typography.Text>
          )}
        </Space>
      ),
    });
  }
  if (execution) {
    items.push({
      key: 'execution',
      label: t('detail.execution'),
      children: [
        format.date(execution.executedOn),
        execution.amountPaid ? lv(t('detail.amountPaid'), format.money(execution.amountPaid)) : '',
        execution.surcharge && Number(execution.surcharge) > 0
          ? lv(t('detail.surcharge'), format.money(execution.surcharge))
          : '',
      ]
        .filter(Boolean)
        .join(' · '),
    });
  }
  if (record.closedOn) {
    items.push({
      key: 'closed',
      label: t('detail.closedOn'),
      children: format.date(record.closedOn),
    });
  }
  if (record.publication) {
    items.push({
      key: 'publication',
      label: t('detail.publication'),
      children: [
        lv(t('detail.publishedOn'), format.date(record.publication.publishedOn)),
        record.publication.withdrawnOn
          ? lv(t('detail.withdrawnOn'), format.date(record.publication.withdrawnOn))
          : '',
      ]
        .filter(Boolean)
        .join(' · '),
    });
  }
  if (record.revocation) {
    items.push({
      key: 'revocation',
      label: t('detail.revocation'),
      children: `${format.date(record.revocation.revokedOn)} · ${record.revocation.reason}`,
    });
  }
  return (
    <Card title={t('detail.record')} style={{ marginBottom: 16 }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.nothingYet')} />
      ) : (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={items}
          styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
        />
      )}
    </Card>
  );
}

/** ENF-08: the party's earlier violations, when there are any. */
export function EarlierViolationsCard({ record }: { record: EnforcementCaseView }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  if (record.earlierViolations.length === 0) return null;
  return (
    <Card title={t('detail.earlierViolations')} style={{ marginBottom: 16 }}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title={t('action.firstViolationBlocked')}
      />
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {record.earlierViolations.map((earlier) => (
          <li key={earlier.caseId}>
            {t('action.earlierValue', {
              number: earlier.caseNumber,
              date: format.date(earlier.violationDate),
              outcome: t(`outcome.${earlier.outcome}`),
            })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
