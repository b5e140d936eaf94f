import { Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { TownshipNotFound } from '@/components/township-not-found';
import { isNotFound } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';

import '../i18n';
import { usePublicPenaltyDecisions } from '../api/get-public-penalty-decisions';
import type { PublicPenaltyDecision } from '../types';
import { shownTotal } from '@/lib/list-total';

const fields = [
  'ROAD_TRAFFIC_SAFETY',
  'WATER_TRAFFIC_SAFETY',
  'FIRE_SAFETY',
  'NON_COAL_MINE_SAFETY',
  'AGRICULTURE',
  'FORESTRY',
  'LIVESTOCK_AQUATIC',
  'OTHER',
] as const;
const penalties = ['WARNING', 'FINE', 'OTHER'] as const;

/** 行政处罚决定公示: the township's published penalty decisions, personal data removed; no login. */
export default function PublicPenaltyDecisionsRoute() {
  const { t } = useTranslation('publicPenaltyDecisions');
  const format = useFormat();
  const { township = '' } = useParams();
  const [page, setPage] = useState({ page: 0, size: 20 });
  const decisions = usePublicPenaltyDecisions(township, page.page, page.size);

  if (isNotFound(decisions.error)) return <TownshipNotFound />;

  const fieldText = (field: string) => {
    const known = fields.find((candidate) => candidate === field);
    return known ? t(`field.${known}`) : field;
  };
  const outcomeText = (outcome: PublicPenaltyDecision['outcome']) => {
    if (outcome.kind === 'FINE' && outcome.fineAmount) {
      return t('fineValue', { amount: format.money(outcome.fineAmount) });
    }
    if (outcome.kind === 'OTHER' && outcome.measure) return outcome.measure;
    const known = penalties.find((candidate) => candidate === outcome.kind);
    return known ? t(`outcome.${known}`) : outcome.kind;
  };

  return (
    <PageContainer title={t('title')} subTitle={t('subTitle')}>
      <Card>
        {decisions.isError && <ProblemAlert error={decisions.error} style={{ marginBottom: 16 }} />}
        <Table<PublicPenaltyDecision>
          rowKey={(decision) => decision.decisionNumber}
          size="middle"
          loading={decisions.isFetching}
          dataSource={decisions.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          scroll={{ x: 960 }}
          columns={[
            {
              title: t('columns.decisionNumber'),
              dataIndex: 'decisionNumber',
              key: 'decisionNumber',
              width: 200,
              render: (number: string) => <Typography.Text strong>{number}</Typography.Text>,
            },
            { title: t('columns.partyName'), dataIndex: 'partyName', key: 'partyName' },
            {
              title: t('columns.field'),
              dataIndex: 'field',
              key: 'field',
              width: 110,
              render: (field: string) => fieldText(field),
            },
            {
              title: t('columns.facts'),
              dataIndex: 'facts',
              key: 'facts',
              render: (facts: string) => (
                <Typography.Paragraph
                  ellipsis={{ rows: 2, expandable: 'collapsible' }}
                  style={{ marginBottom: 0 }}
                >
                  {facts}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('columns.outcome'),
              key: 'outcome',
              render: (_, decision) => (
                <span style={{ whiteSpace: 'nowrap' }}>{outcomeText(decision.outcome)}</span>
              ),
            },
            {
              title: t('columns.decidedOn'),
              dataIndex: 'decidedOn',
              key: 'decidedOn',
              width: 130,
              render: (date: string) => format.date(date),
            },
            {
              title: t('columns.publishedOn'),
              dataIndex: 'publishedOn',
              key: 'publishedOn',
              width: 130,
              render: (date: string) => format.date(date),
            },
          ]}
          pagination={{
            current: (decisions.data?.page ?? 0) + 1,
            pageSize: decisions.data?.size ?? 20,
            total: decisions.data?.total ?? 0,
            showTotal: () => t('total', { total: shownTotal(decisions.data) }),
            onChange: (next, size) => setPage({ page: next - 1, size }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
