import dayjs from 'dayjs';

import type { components } from '@/lib/api/schema';

type Officer = components['schemas']['OfficerView'];
type Me = components['schemas']['Me'];
type TownshipView = components['schemas']['TownshipView'];

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');

export const townships: TownshipView[] = [
  { code: 'jinhe', nameZh: '锦和镇', nameEn: 'Jinhe Town' },
  { code: 'gaocun', nameZh: '高村镇', nameEn: 'Gaocun Town' },
];

export const users = {
  staff: { username: 'staff', name: '李文静', roles: ['staff'], townships: ['jinhe'] },
  leader: { username: 'leader', name: '张建国', roles: ['leader'], townships: ['jinhe'] },
  officer: { username: 'officer', name: '杨志远', roles: ['officer'], townships: ['jinhe'] },
  auditor: { username: 'auditor', name: '王审', roles: ['auditor'], townships: ['*'] },
  reviewer: {
    username: 'reviewer',
    name: '张慧敏',
    roles: ['legal-reviewer'],
    townships: ['jinhe'],
  },
  admin: { username: 'admin', name: '杨志强', roles: ['admin'], townships: ['*'] },
} satisfies Record<string, Me>;

function officer(partial: Partial<Officer> & Pick<Officer, 'id' | 'name'>): Officer {
  return {
    township: 'jinhe',
    department: 'EMERGENCY',
    phone: '0745-5123456',
    status: 'ACTIVE',
    suspensionReason: null,
    certificate: { number: `湘4312${partial.id}`, issuedOn: day(-700), expiresOn: day(400) },
    certificateValidToday: true,
    version: 1,
    createdAt: '2025-01-10T08:00:00+08:00',
    updatedAt: '2025-01-10T08:00:00+08:00',
    ...partial,
  };
}

/** Jinhe's officers as the tests start: one certificate expiring in 10 days, one expired. */
export function initialOfficers(): Officer[] {
  return [
    officer({ id: 'o1', name: '杨志远', department: 'EMERGENCY' }),
    officer({
      id: 'o2',
      name: '龙秀英',
      department: 'AGRICULTURE',
      certificate: { number: '湘4312o2', issuedOn: day(-1000), expiresOn: day(10) },
    }),
    officer({
      id: 'o3',
      name: '吴德明',
      department: 'FORESTRY',
      certificate: { number: '湘4312o3', issuedOn: day(-1500), expiresOn: day(-5) },
      certificateValidToday: false,
    }),
    officer({
      id: 'o4',
      name: '石光荣',
      department: 'LIVESTOCK_AQUATIC',
      status: 'SUSPENDED',
      suspensionReason: '调离执法岗位',
    }),
  ];
}
