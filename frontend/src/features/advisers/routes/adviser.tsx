import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { RecordRoute } from '@/components/record-route';
import { townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { dateInputFormats } from '@/lib/dates';
import { isOpaqueId } from '@/lib/ids';
import { useFormat } from '@/lib/format';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useAdviser, useConsultations } from '../api/advisers';
import { AdviserDrawer } from '../components/adviser-drawer';
import { ConsultationDrawer } from '../components/consultation-drawer';
import { EngagementTag } from '../components/engagement-tag';
import { linkedRecordTypes, type Consultation, type LinkedRecordType } from '../types';
import { shownTotal } from '@/lib/list-total';

/** The registers of this system a consultation can point at, by the kind of record. */
const recordPages: Partial<Record<LinkedRecordType, string>> = {
  NORMATIVE_DOCUMENT: 'normative-documents',
  MAJOR_DECISION: 'major-decisions',
  LEGALITY_REVIEW: 'legality-reviews',
};

/** A record of this system as a link; other references (case numbers, contract numbers) as text. */
function LinkedRecord({
  township,
  type,
  id,
}: {
  township: string;
  type: LinkedRecordType;
  id: string | null | undefined;
}) {
  const { t } = useTranslation();
  const page = recordPages[type];
  if (!id) return null;
  if (page && isOpaqueId(id)) {
    return <Link to={townshipPath(township, `${page}/${id}`)}>{t('actions.view')}</Link>;
  }
  return <span>{id}</span>;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const dateFilter = (value: string | null) => (value && isoDate.test(value) ? value : undefined);

/** One legal adviser: the engagement and the consultations log. */
export default function AdviserRoute() {
  const { t } = useTranslation('advisers');
  const { t: tc } = useTranslation();
  const township = useTownshipCode();
  const access = useAccess(township);
  const format = useFormat();
  const { id = '' } = useParams();
  const record = useAdviser(township, id);
  const [editing, setEditing] = useState(false);
  const [consultation, setConsultation] = useState<Consultation | 'new' | null>(null);
  const search = useListSearch({
    filters: {
      from: dateFilter,
      to: dateFilter,
      linkedRecordType: filter.oneOf(linkedRecordTypes),
      q: filter.text,
    },
    sortable: ['consultedOn'] as const,
    defaultSort: { field: 'consultedOn', order: 'desc' },
  });
  const consultations = useConsultations(township, id, search.params);
  const filters = search.filters;

  return (
    <RecordRoute
      query={record}
      title={t('title')}
      notFound={t('detail.notFound')}
      listPath={townshipPath(township, 'legal-advisers')}
    >
      {(current) => {
        const { adviser } = current;
        return (
          <PageContainer
            title={adviser.name}
            subTitle={adviser.lawFirm}
            breadcrumb={[
              {
                title: (
                  <Link to={townshipPath(township, 'legal-advisers')}>
                    {t('detail.breadcrumb')}
                  </Link>
                ),
              },
              { title: adviser.name },
            ]}
            extra={
              <Access accessible={access.canKeepRegisters}>
                <Button onClick={() => setEditing(true)}>{t('detail.edit')}</Button>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setConsultation('new')}
                >
                  {t('detail.log')}
                </Button>
              </Access>
            }
          >
            <Card title={t('detail.basics')} style={{ marginBottom: 16 }}>
              <Descriptions
                column={{ xs: 1, sm: 2, lg: 3 }}
                items={[
                  { key: 'lawFirm', label: t('columns.lawFirm'), children: adviser.lawFirm },
                  {
                    key: 'engagement',
                    label: t('columns.engagement'),
                    children: t('engagementValue', {
                      from: format.date(adviser.engagedFrom),
                      until: format.date(adviser.engagedUntil),
                    }),
                  },
                  {
                    key: 'status',
                    label: t('columns.status'),
                    children: <EngagementTag status={adviser.status} />,
                  },
                  {
                    key: 'scope',
                    label: t('columns.scope'),
                    children: adviser.scope ?? '—',
                    span: 'filled' as const,
                  },
                ]}
              />
            </Card>
            <Card title={t('detail.consultations')}>
              <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
                <Form.Item label={t('consultation.range')}>
                  <DatePicker.RangePicker
                    format={dateInputFormats[format.language]}
                    value={[
                      filters.from ? dayjs(filters.from) : null,
                      filters.to ? dayjs(filters.to) : null,
                    ]}
                    onChange={(range) =>
                      search.setFilters({
                        from: range?.[0]?.format('YYYY-MM-DD'),
                        to: range?.[1]?.format('YYYY-MM-DD'),
                      })
                    }
                  />
                </Form.Item>
                <Form.Item label={t('consultation.linked')}>
                  <Select
                    aria-label={t('consultation.linked')}
                    allowClear
                    style={{ width: 150 }}
                    value={filters.linkedRecordType}
                    onChange={(linkedRecordType) => search.setFilters({ linkedRecordType })}
                    options={linkedRecordTypes.map((value) => ({
                      value,
                      label: t(`linked.${value}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item>
                  <Input.Search
                    key={filters.q ?? ''}
                    aria-label={t('consultation.search')}
                    placeholder={t('consultation.search')}
                    allowClear
                    defaultValue={filters.q}
                    enterButton={tc('actions.search')}
                    style={{ width: 280 }}
                    onSearch={(text) => search.setFilters({ q: text.trim() || undefined })}
                  />
                </Form.Item>
              </Form>
              {consultations.isError && (
                <ProblemAlert error={consultations.error} style={{ marginBottom: 16 }} />
              )}
              <Table<Consultation>
                rowKey="id"
                size="middle"
                loading={consultations.isFetching}
                dataSource={consultations.data?.items ?? []}
                locale={{ emptyText: t('consultation.empty') }}
                columns={[
                  {
                    title: t('consultation.consultedOn'),
                    dataIndex: 'consultedOn',
                    key: 'consultedOn',
                    width: 150,
                    render: (date: string) => format.date(date),
                  },
                  {
                    title: t('consultation.subject'),
                    dataIndex: 'subject',
                    key: 'subject',
                    width: 260,
                    render: (subject: string) => (
                      <Typography.Text strong>{subject}</Typography.Text>
                    ),
                  },
                  {
                    title: t('consultation.advice'),
                    dataIndex: 'advice',
                    key: 'advice',
                    render: (advice: string) => (
                      <Typography.Paragraph
                        style={{ margin: 0 }}
                        ellipsis={{ rows: 2, expandable: true, symbol: tc('actions.view') }}
                      >
                        {advice}
                      </Typography.Paragraph>
                    ),
                  },
                  {
                    title: t('consultation.linked'),
                    key: 'linked',
                    width: 200,
                    render: (_, entry) =>
                      entry.linkedRecordType ? (
                        <>
                          <Tag>{t(`linked.${entry.linkedRecordType}`)}</Tag>
                          <LinkedRecord
                            township={township}
                            type={entry.linkedRecordType}
                            id={entry.linkedRecordId}
                          />
                        </>
                      ) : null,
                  },
                  ...(access.canKeepRegisters
                    ? [
                        {
                          title: t('columns.actions'),
                          key: 'actions',
                          width: 90,
                          render: (_: unknown, entry: Consultation) => (
                            <Typography.Link onClick={() => setConsultation(entry)}>
                              {tc('actions.edit')}
                            </Typography.Link>
                          ),
                        },
                      ]
                    : []),
                ]}
                pagination={{
                  current: (consultations.data?.page ?? 0) + 1,
                  pageSize: consultations.data?.size ?? 20,
                  total: consultations.data?.total ?? 0,
                  showTotal: () => tc('table.total', { total: shownTotal(consultations.data) }),
                  onChange: (page, size) => search.setPage(page - 1, size),
                }}
              />
            </Card>
            {editing && (
              <AdviserDrawer
                township={township}
                editing={current}
                onReload={() => record.refetch()}
                onClose={() => setEditing(false)}
              />
            )}
            {consultation && (
              <ConsultationDrawer
                township={township}
                adviserId={adviser.id}
                editing={consultation === 'new' ? undefined : consultation}
                onClose={() => setConsultation(null)}
              />
            )}
          </PageContainer>
        );
      }}
    </RecordRoute>
  );
}
