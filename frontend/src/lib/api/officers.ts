import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from './api-client-context';
import { unwrap } from './problem';
import type { components } from './schema';

type Department = components['schemas']['Department'];
type OfficerStatus = components['schemas']['OfficerStatus'];

/** GET .../officers as the register and the team pickers ask it; a picker may leave out the page. */
export type OfficerListParams = {
  page?: number;
  size: number;
  sort?: string;
  department?: Department;
  status?: OfficerStatus;
  expiringWithinDays?: number;
  q?: string;
};

/** The officers' query keys, one set for every area that reads officers (a save refreshes them all). */
export const officerKeys = {
  all: (township: string) => ['officers', township] as const,
  lists: (township: string) => ['officers', township, 'list'] as const,
  list: (township: string, params: OfficerListParams) =>
    ['officers', township, 'list', params] as const,
  detail: (township: string, id: string) => ['officers', township, 'detail', id] as const,
};

/**
 * A page of the township's officers, filtered and sorted by the server: the register's page, and the
 * officers a case's or an inspection's team (ENF-01, ENF-02) or an exam registration is picked from.
 */
export function useOfficers(
  township: string,
  params: OfficerListParams,
  // only what is given: an undefined staleTime would replace the client's default
  options: { staleTime?: number } = {},
) {
  const api = useApiClient();
  return useQuery({
    queryKey: officerKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/officers', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
    ...options,
  });
}
