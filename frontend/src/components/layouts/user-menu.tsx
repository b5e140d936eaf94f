import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Me } from '@/lib/session';

const knownRoles = [
  'staff',
  'officer',
  'legal-reviewer',
  'leader',
  'auditor',
  'county-system',
  'admin',
] as const;

function isKnownRole(role: string): role is (typeof knownRoles)[number] {
  return (knownRoles as readonly string[]).includes(role);
}

/** The signed-in user: name, roles, logout. */
export function UserMenu({ me, onLogout }: { me: Me | undefined; onLogout: () => void }) {
  const { t } = useTranslation();
  const name = me?.name ?? me?.username ?? '';
  const roles = (me?.roles ?? []).filter(isKnownRole);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'roles',
            type: 'group',
            label: t('header.roles'),
            children: [
              {
                key: 'role-tags',
                disabled: true,
                label: (
                  <Space size={4} wrap>
                    {roles.map((role) => (
                      <Tag key={role} color="blue">
                        {t(`roles.${role}`)}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
            ],
          },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: t('header.logout'),
            onClick: onLogout,
          },
        ],
      }}
    >
      <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
        <Typography.Text>{name}</Typography.Text>
      </Space>
    </Dropdown>
  );
}
