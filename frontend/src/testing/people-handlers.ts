import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

type Me = components['schemas']['Me'];
type Person = components['schemas']['PersonView'];

const api = '*/api/v1';

/** The users of the local realm (deploy/keycloak/realm-fazhi.json) as GET …/people answers them, by name. */
const realm: Record<string, Person[]> = {
  jinhe: [
    { username: 'auditor', displayName: '陈静怡', roles: ['auditor'] },
    { username: 'officer', displayName: '李建军', roles: ['officer'] },
    { username: 'leader', displayName: '刘振华', roles: ['leader'] },
    { username: 'staff', displayName: '王晓梅', roles: ['staff'] },
    { username: 'reviewer2', displayName: '吴丽娟', roles: ['legal-reviewer'] },
    { username: 'admin', displayName: '杨志强', roles: ['admin'] },
    { username: 'reviewer', displayName: '张慧敏', roles: ['legal-reviewer'] },
    { username: 'county-auditor', displayName: '周文博', roles: ['auditor'] },
  ],
};

function problem(status: number) {
  return HttpResponse.json(
    { type: 'about:blank', title: `HTTP ${status}`, status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export function peopleHandlers(me: () => Me) {
  return [
    http.get(`${api}/townships/:township/people`, ({ params, request }) => {
      const township = String(params.township);
      const caller = me();
      if (!caller.townships.includes('*') && !caller.townships.includes(township))
        return problem(404);
      if (caller.roles.includes('county-system')) return problem(403);
      const role = new URL(request.url).searchParams.get('role');
      const people = realm[township] ?? [];
      return HttpResponse.json(role ? people.filter((p) => p.roles.includes(role)) : people);
    }),
  ];
}
