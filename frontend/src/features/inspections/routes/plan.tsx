import { Alert, Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
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
import { useInspectionPlan } from '../api/plans';
import { PlanActionModal, type PlanVerb } from '../components/plan-action-modal';
import { PlanDrawer } from '../components/plan-drawer';
import { scheduleText } from '../components/schedule';
import { MethodTag, PlanStatusTag } from '../components/tags';
import type { PlannedItem } from '../types';

/** One yearly plan: its targets, items and schedule, its filing and publication. */
export default function InspectionPlanRoute() {
  const { t } = useTranslation('inspections');
  const { id = '' } = useParams();
  const township = useTownshipCode();
  const access = useAccess(township);
  const format = useFormat();
  const record = useInspectionPlan(township, id);
  const [editing, setEditing] = useState(false);
  const [verb, setVerb] = useState<PlanVerb | null>(null);
  const breadcrumb = [
    { title: <Link to={townshipPath(township, 'inspections')}>{t('title')}</Link> },
    {
      title: <Link to={townshipPath(township, 'inspections/plans')}>{t('plans.detail.back')}</Link>,
    },
  ];

  return (
    <RecordRoute
      query={record}
      title={t('tabs.plans')}
      notFound={t('plans.detail.notFound')}
      listPath={townshipPath(township, 'inspections/plans')}
    >
      {(current) => {
        const { plan } = current;
        const none = <Typography.Text type="secondary">{t('plans.detail.none')}</Typography.Text>;
        return (
          <PageContainer
            title={plan.title}
            subTitle={<PlanStatusTag status={plan.status} />}
            breadcrumb={breadcrumb}
            extra={
              <>
                <Access accessible={access.canKeepRegisters && plan.status === 'DRAFT'}>
                  <Button onClick={() => setEditing(true)}>{t('plans.edit')}</Button>
                </Access>
                <Access accessible={access.canDecide && plan.status === 'DRAFT'}>
                  <Button type="primary" onClick={() => setVerb('file')}>
                    {t('plans.file')}
                  </Button>
                </Access>
                <Access accessible={access.canDecide && plan.status === 'FILED'}>
                  <Button type="primary" onClick={() => setVerb('publish')}>
                    {t('plans.publish')}
                  </Button>
                </Access>
              </>
            }
          >
            {plan.status !== 'DRAFT' && access.canKeepRegisters && (
              <Alert
                type="info"
                showIcon
                title={t('plans.draftOnly')}
                style={{ marginBottom: 16 }}
              />
            )}
            <Card style={{ marginBottom: 16 }}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'year', label: t('plans.columns.year'), children: plan.year },
                  {
                    key: 'status',
                    label: t('plans.detail.status'),
                    children: <PlanStatusTag status={plan.status} />,
                  },
                  {
                    key: 'filedOn',
                    label: t('plans.detail.filedOn'),
                    children: plan.filedOn ? format.date(plan.filedOn) : none,
                  },
                  {
                    key: 'reference',
                    label: t('plans.detail.filingReference'),
                    children: plan.filingReference ?? none,
                  },
                  {
                    key: 'publishedOn',
                    label: t('plans.detail.publishedOn'),
                    children: plan.publishedOn ? format.date(plan.publishedOn) : none,
                  },
                  {
                    key: 'count',
                    label: t('plans.detail.enterpriseCount'),
                    children: plan.targets.enterpriseCount ?? none,
                  },
                  {
                    key: 'kinds',
                    label: t('plans.detail.enterpriseKinds'),
                    span: 'filled',
                    children:
                      plan.targets.enterpriseKinds.length > 0 ? (
                        <Flex wrap gap={4}>
                          {plan.targets.enterpriseKinds.map((kind) => (
                            <Tag key={kind}>{kind}</Tag>
                          ))}
                        </Flex>
                      ) : (
                        none
                      ),
                  },
                ]}
              />
            </Card>
            <Card title={t('plans.detail.items')}>
              <Table<PlannedItem>
                rowKey="itemId"
                size="middle"
                pagination={false}
                dataSource={plan.items}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('items.columns.code'), dataIndex: 'code', key: 'code' },
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
                    render: (method: PlannedItem['method']) => <MethodTag method={method} />,
                  },
                  {
                    title: t('plans.detail.schedule'),
                    key: 'schedule',
                    render: (_, item) => scheduleText(item, t, format.language),
                  },
                ]}
              />
            </Card>
            {editing && (
              <PlanDrawer
                township={township}
                target={{ mode: 'edit', id: plan.id }}
                onClose={() => setEditing(false)}
              />
            )}
            {verb && (
              <PlanActionModal
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
