import { EnvironmentOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

import { type TownshipView, useTownshipName } from '@/lib/session';

/** The Select of a user with several townships (county staff); loaded only for them. */
export default function TownshipSwitcher({
  current,
  townships,
}: {
  current: string;
  townships: readonly TownshipView[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const nameOf = useTownshipName();

  return (
    <Select
      aria-label={t('header.township')}
      value={current}
      style={{ minWidth: 140 }}
      suffixIcon={<EnvironmentOutlined />}
      options={townships.map((township) => ({ value: township.code, label: nameOf(township) }))}
      onChange={(code: string) => {
        // stay on the same area in the other township
        const rest = location.pathname.replace(/^\/t\/[^/]+/, '');
        void navigate(`/t/${code}${rest}`);
      }}
    />
  );
}
