import { HomeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

import type { Access } from '@/lib/access';
import type { common } from '@/lib/i18n/locales/zh-CN';

type NavKey = `nav.${keyof typeof common.nav}`;

/**
 * The areas of a township, in menu order. A later area (执法事项, 执法案件, 合法性审查, 合同, 学法培训,
 * 矛盾纠纷, 年度报告) adds one entry here and one route in src/app/routes.tsx.
 */
export type NavItem = {
  key: string;
  /** Path below `/t/:township`; '' is the township's home. */
  path: string;
  icon: ReactNode;
  /** Key in the `common` namespace. */
  labelKey: NavKey;
  descriptionKey?: NavKey;
  /** Hidden from callers who may not see the area. */
  visible?: (access: Access) => boolean;
};

export const navigation: readonly NavItem[] = [
  { key: 'home', path: '', icon: <HomeOutlined />, labelKey: 'nav.home' },
  {
    key: 'officers',
    path: 'officers',
    icon: <SafetyCertificateOutlined />,
    labelKey: 'nav.officers',
    descriptionKey: 'nav.officersDescription',
    visible: (access) => access.canRead,
  },
];

export function townshipPath(township: string, path = ''): string {
  return path ? `/t/${township}/${path}` : `/t/${township}`;
}
