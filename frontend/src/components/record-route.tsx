import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Card, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isNotFound } from '@/lib/api/problem';

import { PageContainer } from './page-container';
import { ProblemAlert } from './problem-alert';

type Props<T> = {
  /** The query of the record the route shows (its id from the address). */
  query: UseQueryResult<T>;
  /** The page's title while the record loads or cannot be read. */
  title: ReactNode;
  /** What a 404 says: no such record, or one of a township the caller may not see (SYS-04). */
  notFound: ReactNode;
  /** The list the record belongs to, linked from the 404. */
  listPath: string;
  /** The page of the record, once it is read; a render function, so it runs no hooks of its own. */
  children: (record: T) => ReactNode;
};

/**
 * A route that shows one record: a skeleton while it loads, the not-found result with a link back to
 * its list for a 404, the API's problem for any other failure, and the page once the record is read.
 */
export function RecordRoute<T>({ query, title, notFound, listPath, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <PageContainer title={title}>
        <Card>
          <Skeleton active />
        </Card>
      </PageContainer>
    );
  }
  if (query.isError) {
    return (
      <PageContainer title={title}>
        {isNotFound(query.error) ? (
          <Result
            status="404"
            title={notFound}
            extra={
              <Link to={listPath}>
                <Button type="primary">{t('record.backToList')}</Button>
              </Link>
            }
          />
        ) : (
          <ProblemAlert error={query.error} />
        )}
      </PageContainer>
    );
  }
  return <>{children(query.data)}</>;
}
