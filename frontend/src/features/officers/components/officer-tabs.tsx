import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { townshipPath } from '@/config/navigation';

/** The officer register and the certificate-exam registrations, two tabs of one area. */
export function OfficerTabs({
  township,
  active,
  children,
}: {
  township: string;
  active: 'register' | 'exams';
  children: ReactNode;
}) {
  const { t } = useTranslation('officers');
  const navigate = useNavigate();
  return (
    <Card
      tabList={[
        { key: 'register', label: t('tabs.register') },
        { key: 'exams', label: t('tabs.exams') },
      ]}
      activeTabKey={active}
      onTabChange={(key) =>
        void navigate(
          townshipPath(township, key === 'register' ? 'officers' : 'officers/exam-registrations'),
        )
      }
    >
      {children}
    </Card>
  );
}
