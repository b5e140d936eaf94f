import { Flex, Layout, theme, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

import { FullPageSpinner } from '@/components/full-page-spinner';

import { LanguageSwitch } from './language-switch';

const { Header, Content, Footer } = Layout;

/** The frame of the public pages: a plain header, no menu, no user; a link to the staff sign-in. */
export function PublicShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          background: '#001529',
          paddingInline: 24,
          height: 56,
          lineHeight: '56px',
        }}
      >
        <Flex align="center" justify="space-between" style={{ height: '100%' }}>
          <Flex align="center" gap={10}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span style={{ color: '#fff', fontSize: 16, fontWeight: 600 }}>
              {t('publicSite.brand')}
            </span>
          </Flex>
          <Flex align="center" gap={20}>
            <LanguageSwitch />
            {/* a full page load: the signed-in app starts with the Keycloak login */}
            <Typography.Link href="/" style={{ color: 'rgba(255,255,255,0.85)' }}>
              {t('publicSite.login')}
            </Typography.Link>
          </Flex>
        </Flex>
      </Header>
      <Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Suspense fallback={<FullPageSpinner />}>
          <Outlet />
        </Suspense>
      </Content>
      <Footer style={{ textAlign: 'center', color: token.colorTextTertiary }}>
        {t('publicSite.footer')}
      </Footer>
    </Layout>
  );
}
