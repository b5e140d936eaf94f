import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Result, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { FullPageSpinner } from '@/components/full-page-spinner';
import { navigation, townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { useLogout } from '@/lib/auth/use-logout';
import { useMe, useTownshipCode, useTownships } from '@/lib/session';

import { LanguageSwitch } from './language-switch';
import { TownshipName } from './township-name';
import { UserMenu } from './user-menu';

const { Header, Sider, Content, Footer } = Layout;

/** The admin frame of a township: side menu of its areas, header with township, language, user. */
export function AppShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const township = useTownshipCode();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const me = useMe();
  const townships = useTownships();
  const access = useAccess(township);
  const logout = useLogout();

  const items = navigation
    .filter((item) => !item.visible || item.visible(access))
    .map((item) => ({
      key: item.key,
      icon: item.icon,
      label: <Link to={townshipPath(township, item.path)}>{t(item.labelKey)}</Link>,
    }));
  const selected =
    navigation.find(
      (item) => item.path && location.pathname.startsWith(townshipPath(township, item.path)),
    )?.key ?? 'home';

  const known = townships.data?.some((candidate) => candidate.code === township) ?? true;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        collapsible
        collapsed={collapsed}
        trigger={null}
        width={216}
        breakpoint="lg"
        onBreakpoint={setCollapsed}
      >
        <Link to={townshipPath(township)}>
          <Flex
            align="center"
            gap={10}
            style={{ height: 56, paddingInline: collapsed ? 24 : 20, overflow: 'hidden' }}
          >
            <img src="/favicon.svg" alt="" width={28} height={28} />
            {!collapsed && (
              <span style={{ color: '#fff', fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap' }}>
                {t('brand')}
              </span>
            )}
          </Flex>
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          items={items}
          aria-label={t('appName')}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            paddingInline: 16,
            height: 56,
            lineHeight: '56px',
            boxShadow: '0 1px 4px rgba(0, 21, 41, 0.08)',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }}>
            <Flex align="center" gap={12}>
              <Button
                type="text"
                aria-label="menu"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsed(!collapsed)}
              />
              <TownshipName current={township} townships={townships.data ?? []} />
            </Flex>
            <Flex align="center" gap={20}>
              <LanguageSwitch />
              <UserMenu me={me.data} onLogout={logout} />
            </Flex>
          </Flex>
        </Header>
        <Content style={{ padding: 24 }}>
          {known ? (
            <Suspense fallback={<FullPageSpinner />}>
              <Outlet />
            </Suspense>
          ) : (
            <Result
              status="404"
              title={t('errors.notFound')}
              subTitle={t('errors.notFoundDetail')}
            />
          )}
        </Content>
        <Footer style={{ textAlign: 'center', color: token.colorTextTertiary }}>
          {t('footer')}
        </Footer>
      </Layout>
    </Layout>
  );
}
