import { EnvironmentOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { lazy, Suspense } from 'react';

import { type TownshipView, useTownshipName } from '@/lib/session';

// most users belong to one township: the Select is not part of their first load
const TownshipSwitcher = lazy(() => import('./township-switcher'));

/** The township whose records are shown; a switcher only when the user has several. */
export function TownshipName({
  current,
  townships,
}: {
  current: string;
  townships: readonly TownshipView[];
}) {
  const nameOf = useTownshipName();
  const label = (
    <Typography.Text strong>
      <EnvironmentOutlined /> {nameOf(townships.find((township) => township.code === current))}
    </Typography.Text>
  );
  if (townships.length <= 1) return label;
  return (
    <Suspense fallback={label}>
      <TownshipSwitcher current={current} townships={townships} />
    </Suspense>
  );
}
