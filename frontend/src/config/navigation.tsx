import {
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

import type { Access } from '@/lib/access';
import type { common } from '@/lib/i18n/locales/zh-CN';

type NavKey = `nav.${keyof typeof common.nav}`;

/**
 * The areas of a township, in menu order. A later area (执法事项, 执法案件, 合同, 学法培训, 矛盾纠纷,
 * 年度报告) adds one entry here and one route in src/app/routes.tsx.
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
  {
    key: 'matters',
    path: 'enforcement-matters',
    icon: <UnorderedListOutlined />,
    labelKey: 'nav.matters',
    descriptionKey: 'nav.mattersDescription',
    visible: (access) => access.canRead,
  },
  {
    key: 'inspections',
    path: 'inspections',
    icon: <ScheduleOutlined />,
    labelKey: 'nav.inspections',
    descriptionKey: 'nav.inspectionsDescription',
    visible: (access) => access.canRead,
  },
  {
    key: 'cases',
    path: 'enforcement-cases',
    icon: <FileSearchOutlined />,
    labelKey: 'nav.cases',
    descriptionKey: 'nav.casesDescription',
    visible: (access) => access.canRead,
  },
  {
    key: 'reviews',
    path: 'legality-reviews',
    icon: <AuditOutlined />,
    labelKey: 'nav.reviews',
    descriptionKey: 'nav.reviewsDescription',
    visible: (access) => access.canRead,
  },
  {
    key: 'documents',
    path: 'normative-documents',
    icon: <FileProtectOutlined />,
    labelKey: 'nav.documents',
    descriptionKey: 'nav.documentsDescription',
    visible: (access) => access.canRead,
  },
  {
    key: 'decisions',
    path: 'major-decisions',
    icon: <BankOutlined />,
    labelKey: 'nav.decisions',
    descriptionKey: 'nav.decisionsDescription',
    visible: (access) => access.canRead,
  },
  {
    key: 'contracts',
    path: 'contracts',
    icon: <FileTextOutlined />,
    labelKey: 'nav.contracts',
    descriptionKey: 'nav.contractsDescription',
    visible: (access) => access.canRead,
  },
  {
    key: 'advisers',
    path: 'legal-advisers',
    icon: <SolutionOutlined />,
    labelKey: 'nav.advisers',
    descriptionKey: 'nav.advisersDescription',
    visible: (access) => access.canRead,
  },
  {
    key: 'calendar',
    path: 'holiday-calendar',
    icon: <CalendarOutlined />,
    labelKey: 'nav.calendar',
    descriptionKey: 'nav.calendarDescription',
    visible: (access) => access.canEditCalendar,
  },
  {
    key: 'settings',
    path: 'settings',
    icon: <SettingOutlined />,
    labelKey: 'nav.settings',
    descriptionKey: 'nav.settingsDescription',
    visible: (access) => access.canRead,
  },
];

export function townshipPath(township: string, path = ''): string {
  return path ? `/t/${township}/${path}` : `/t/${township}`;
}

/** The public pages of a township, outside the signed-in shell (no login). */
export function publicPath(township: string, path: string): string {
  return `/public/${township}/${path}`;
}
