import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { townshipPath } from '@/config/navigation';

/** The register and the clean-up campaigns, two tabs of one area. */
export function RegisterTabs({
  township,
  active,
  children,
}: {
  township: string;
  active: 'register' | 'cleanUps';
  children: ReactNode;
}) {
  const { t } = useTranslation('documents');
  const navigate = useNavigate();
  return (
    <Card
      tabList={[
        { key: 'register', label: t('tabs.register') },
        { key: 'cleanUps', label: t('tabs.cleanUps') },
      ]}
      activeTabKey={active}
      onTabChange={(key) =>
        void navigate(
          townshipPath(
            township,
            key === 'register' ? 'normative-documents' : 'normative-documents/clean-ups',
          ),
        )
      }
    >
      {children}
    </Card>
  );
}
