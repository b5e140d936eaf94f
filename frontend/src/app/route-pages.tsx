import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';

import { FullPageSpinner } from '@/components/full-page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { townshipPath } from '@/config/navigation';
import { useTownships } from '@/lib/session';

/** `/`: the first township the user may see. */
export function RootRedirect() {
  const { t } = useTranslation();
  const townships = useTownships();
  if (townships.isPending) return <FullPageSpinner />;
  if (townships.isError) return <ProblemAlert error={townships.error} style={{ margin: 24 }} />;
  const first = townships.data[0];
  if (!first) {
    return (
      <Result status="403" title={t('errors.noTownship')} subTitle={t('errors.noTownshipDetail')} />
    );
  }
  return <Navigate to={townshipPath(first.code)} replace />;
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFound')}
      subTitle={t('errors.notFoundDetail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('actions.back')}</Button>
        </Link>
      }
    />
  );
}

export function RouteError() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.unexpected')}
      subTitle={t('errors.unexpectedDetail')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </Button>
      }
    />
  );
}
