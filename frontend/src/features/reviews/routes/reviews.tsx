import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useAccess } from '@/lib/access';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useInbox, useReviews } from '../api/get-reviews';
import { ReviewFilters } from '../components/review-filters';
import { ReviewsTable } from '../components/reviews-table';
import { StatisticsBar } from '../components/statistics-bar';
import { outcomes, sortableFields, subjectTypes, type ReviewOutcome } from '../types';

type View = 'inbox' | 'all';

/** 合法性审查: a legal reviewer's inbox, and the township's full list with filters. */
export default function ReviewsRoute() {
  const { t } = useTranslation('reviews');
  const township = useTownshipCode();
  const access = useAccess(township);
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = searchParams.get('view');
  // the inbox is a legal reviewer's; everyone else starts on the full list
  const view: View = access.canReviewLegality && asked !== 'all' ? 'inbox' : 'all';

  const tabs = [
    ...(access.canReviewLegality ? [{ key: 'inbox', label: t('tabs.inbox') }] : []),
    { key: 'all', label: t('tabs.all') },
  ];

  return (
    <PageContainer title={t('title')} subTitle={t('subTitle')}>
      <Card
        tabList={tabs}
        activeTabKey={view}
        onTabChange={(key) => setSearchParams({ view: key })}
      >
        {view === 'inbox' ? <InboxView township={township} /> : <AllView township={township} />}
      </Card>
    </PageContainer>
  );
}

function InboxView({ township }: { township: string }) {
  const { t } = useTranslation('reviews');
  const search = useListSearch({
    filters: {},
    keep: ['view'],
    sortable: ['dueOn'] as const,
    defaultSort: { field: 'dueOn', order: 'asc' },
  });
  const inbox = useInbox(township, search.params.page, search.params.size);
  return (
    <>
      <Alert type="info" showIcon title={t('inboxHint')} style={{ marginBottom: 16 }} />
      {inbox.isError && <ProblemAlert error={inbox.error} style={{ marginBottom: 16 }} />}
      <ReviewsTable
        township={township}
        mode="inbox"
        page={inbox.data}
        loading={inbox.isFetching}
        onPageChange={search.setPage}
      />
    </>
  );
}

function AllView({ township }: { township: string }) {
  const search = useListSearch({
    filters: {
      subjectType: filter.oneOf(subjectTypes),
      status: filter.oneOf<ReviewOutcome>(outcomes),
      overdue: filter.boolean,
      year: filter.integer,
      subjectRef: filter.text,
    },
    sortable: sortableFields,
    defaultSort: { field: 'submittedOn', order: 'desc' },
    keep: ['view'],
  });
  const reviews = useReviews(township, search.params);
  const year = search.filters.year ?? new Date().getFullYear();
  return (
    <>
      <StatisticsBar township={township} year={year} />
      <ReviewFilters values={search.filters} onChange={search.setFilters} />
      {reviews.isError && <ProblemAlert error={reviews.error} style={{ marginBottom: 16 }} />}
      <ReviewsTable
        township={township}
        mode="all"
        page={reviews.data}
        loading={reviews.isFetching}
        sort={search.sort}
        onPageChange={search.setPage}
        onSortChange={search.setSort}
      />
    </>
  );
}
