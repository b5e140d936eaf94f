import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { publicPath } from '@/config/navigation';

export type PublicList = 'enforcement-matters' | 'inspection-items' | 'inspection-plans';

/** Moves between the three public lists of the enforcement area. */
export function PublicListsNav({ township, active }: { township: string; active: PublicList }) {
  const { t } = useTranslation('publicInspections');
  const navigate = useNavigate();
  return (
    <Segmented<PublicList>
      value={active}
      style={{ marginBottom: 16 }}
      onChange={(list) => void navigate(publicPath(township, list))}
      options={[
        { value: 'enforcement-matters', label: t('nav.matters') },
        { value: 'inspection-items', label: t('nav.items') },
        { value: 'inspection-plans', label: t('nav.plans') },
      ]}
    />
  );
}
