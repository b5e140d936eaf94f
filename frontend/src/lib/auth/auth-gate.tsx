import { Button, Result, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAuthParams, useAuth } from 'react-oidc-context';

import { FullPageSpinner } from '@/components/full-page-spinner';

import type { SigninState } from './oidc';

/** Renders its children only for a signed-in user; everyone else goes to Keycloak's login page. */
export function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t, i18n } = useTranslation();
  const redirected = useRef(false);

  const signIn = () => {
    const state: SigninState = {
      returnTo: window.location.pathname + window.location.search,
    };
    void auth.signinRedirect({ state, extraQueryParams: { ui_locales: i18n.language } });
  };

  const mustSignIn =
    !hasAuthParams() &&
    !auth.isAuthenticated &&
    !auth.activeNavigator &&
    !auth.isLoading &&
    !auth.error;

  useEffect(() => {
    if (mustSignIn && !redirected.current) {
      redirected.current = true;
      signIn();
    }
  });

  if (auth.error) {
    return (
      <Result
        status="error"
        title={t('auth.signInFailed')}
        subTitle={
          <>
            <div>{t('auth.unreachable')}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {auth.error.message}
            </Typography.Text>
          </>
        }
        extra={
          <Button type="primary" onClick={signIn}>
            {t('auth.retry')}
          </Button>
        }
      />
    );
  }
  if (!auth.isAuthenticated) return <FullPageSpinner tip={t('auth.signingIn')} />;
  return children;
}
