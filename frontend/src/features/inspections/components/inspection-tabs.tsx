import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { townshipPath } from '@/config/navigation';

export type InspectionTab = 'inspections' | 'items' | 'plans';

const paths: Record<InspectionTab, string> = {
  inspections: 'inspections',
  items: 'inspections/items',
  plans: 'inspections/plans',
};

/** The inspections, the items list and the yearly plan: three tabs of one area. */
export function InspectionTabs({
  township,
  active,
  children,
}: {
  township: string;
  active: InspectionTab;
  children: ReactNode;
}) {
  const { t } = useTranslation('inspections');
  const navigate = useNavigate();
  return (
    <Card
      tabList={[
        { key: 'inspections', label: t('tabs.inspections') },
        { key: 'items', label: t('tabs.items') },
        { key: 'plans', label: t('tabs.plans') },
      ]}
      activeTabKey={active}
      onTabChange={(key) => void navigate(townshipPath(township, paths[key as InspectionTab]))}
    >
      {children}
    </Card>
  );
}
