import { Card, Descriptions, Empty, Flex, Pagination, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { TownshipNotFound } from '@/components/township-not-found';
import { isNotFound } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';

import '../i18n';
import { usePublicPlans } from '../api/public-lists';
import { PublicListsNav } from '../components/public-lists-nav';
import type { PlannedItem } from '../types';

/** 年度涉企行政检查计划: the published yearly plans, each with its items and schedule; no login. */
export default function PublicPlansRoute() {
  const { t } = useTranslation('publicInspections');
  const format = useFormat();
  const { township = '' } = useParams();
  const [page, setPage] = useState({ page: 0, size: 5 });
  const plans = usePublicPlans(township, page);

  if (isNotFound(plans.error)) return <TownshipNotFound />;
  const schedule = (item: PlannedItem) =>
    item.quarter
      ? t('plans.quarter', { quarter: item.quarter })
      : t('plans.months', { months: item.months.join(format.language === 'zh-CN' ? '、' : ', ') });

  return (
    <PageContainer title={t('plans.title')} subTitle={t('plans.subTitle')}>
      <PublicListsNav township={township} active="inspection-plans" />
      {plans.isError && <ProblemAlert error={plans.error} style={{ marginBottom: 16 }} />}
      {plans.isPending ? (
        <Skeleton active />
      ) : (plans.data?.items.length ?? 0) === 0 ? (
        <Card>
          <Empty description={t('plans.empty')} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {plans.data?.items.map((plan) => (
            <Card key={plan.id} title={plan.title}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                style={{ marginBottom: 16 }}
                items={[
                  {
                    key: 'filing',
                    label: t('plans.filing'),
                    children: t('plans.filingValue', {
                      date: format.date(plan.filedOn),
                      reference: plan.filingReference,
                    }),
                  },
                  {
                    key: 'published',
                    label: t('plans.publishedOn'),
                    children: format.date(plan.publishedOn),
                  },
                  {
                    key: 'targets',
                    label: t('plans.targets'),
                    span: 'filled',
                    children: (
                      <Flex wrap gap={4} align="center">
                        {plan.targets.enterpriseKinds.map((kind) => (
                          <Tag key={kind}>{kind}</Tag>
                        ))}
                        {plan.targets.enterpriseCount != null &&
                          t('plans.enterpriseCount', { count: plan.targets.enterpriseCount })}
                      </Flex>
                    ),
                  },
                ]}
              />
              <Table<PlannedItem>
                rowKey="itemId"
                size="small"
                pagination={false}
                dataSource={plan.items}
                scroll={{ x: 800 }}
                columns={[
                  { title: t('items.columns.code'), dataIndex: 'code', key: 'code', width: 110 },
                  { title: t('items.columns.name'), dataIndex: 'name', key: 'name' },
                  {
                    title: t('items.columns.field'),
                    dataIndex: 'field',
                    key: 'field',
                    render: (field: PlannedItem['field']) => t(`field.${field}`),
                  },
                  {
                    title: t('items.columns.method'),
                    dataIndex: 'method',
                    key: 'method',
                    render: (method: PlannedItem['method']) => t(`method.${method}`),
                  },
                  {
                    title: t('plans.schedule'),
                    key: 'schedule',
                    render: (_, item) => schedule(item),
                  },
                ]}
              />
            </Card>
          ))}
          {(plans.data?.total ?? 0) > page.size && (
            <Pagination
              align="end"
              current={page.page + 1}
              pageSize={page.size}
              total={plans.data?.total ?? 0}
              onChange={(next, size) => setPage({ page: next - 1, size })}
            />
          )}
        </Flex>
      )}
    </PageContainer>
  );
}
