import { EnvironmentOutlined } from '@ant-design/icons';
import { Select, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

import { type TownshipView, useTownshipName } from '@/lib/session';

/** The township whose records are shown; a Select only when the user has several. */
export function TownshipSwitcher({
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

  if (townships.length <= 1) {
    return (
      <Typography.Text strong>
        <EnvironmentOutlined /> {nameOf(townships[0])}
      </Typography.Text>
    );
  }
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
