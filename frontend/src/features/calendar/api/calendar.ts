import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { CalendarDayKind } from '../types';

const calendarKeys = {
  all: ['holiday-calendar'] as const,
  year: (year: number) => ['holiday-calendar', year] as const,
};

/** A year's holidays and adjusted working days (county-wide). */
export function useCalendarYear(year: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/holiday-calendar', { params: { query: { year } }, signal }),
      );
      return data;
    },
  });
}

/** PUT a day (create or replace whole: no If-Match) or DELETE it; admin only. */
export function useChangeCalendar() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (
      change:
        | { kind: 'put'; date: string; dayKind: CalendarDayKind; name: string }
        | { kind: 'delete'; date: string },
    ) => {
      const params = { path: { date: change.date } };
      if (change.kind === 'put') {
        await unwrap(
          api.PUT('/api/v1/holiday-calendar/{date}', {
            params,
            body: { kind: change.dayKind, name: change.name },
          }),
        );
      } else {
        await unwrap(api.DELETE('/api/v1/holiday-calendar/{date}', { params }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
