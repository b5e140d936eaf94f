import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Person = components['schemas']['PersonView'];
export type PersonRole = 'staff' | 'officer' | 'legal-reviewer' | 'leader' | 'auditor' | 'admin';

/** Who works in the township with a role, as the API reads them from Keycloak (kept a minute there too). */
export function usePeople(township: string, role: PersonRole) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['people', township, role] as const,
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/people', {
          params: { path: { township }, query: { role } },
          signal,
        }),
      );
      return data;
    },
    staleTime: 60_000,
    retry: 1,
  });
}
