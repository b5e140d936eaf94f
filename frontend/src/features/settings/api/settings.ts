import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { etagOf, unwrap } from '@/lib/api/problem';

import type { TownshipSettings, TownshipSettingsRequest } from '../types';

/** The settings as read, with the ETag a change sends back in If-Match (SYS-02). */
export type VersionedSettings = { settings: TownshipSettings; etag: string };

const settingsKey = (township: string) => ['township-settings', township] as const;

/** The township's settings: every township role reads them (the forms show them as hints). */
export function useTownshipSettings(township: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: settingsKey(township),
    queryFn: async ({ signal }): Promise<VersionedSettings> => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/townships/{township}/settings', {
          params: { path: { township } },
          signal,
        }),
      );
      return { settings: data, etag: etagOf(response, data.version) };
    },
  });
}

/** PUT every value at once with If-Match (admin only). */
export function useSaveTownshipSettings(township: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, body }: { etag: string; body: TownshipSettingsRequest }) => {
      const { data, response } = await unwrap(
        api.PUT('/api/v1/townships/{township}/settings', {
          params: { path: { township }, header: { 'If-Match': etag } },
          body,
        }),
      );
      return { settings: data, etag: etagOf(response, data.version) } satisfies VersionedSettings;
    },
    onSuccess: (saved) => queryClient.setQueryData(settingsKey(township), saved),
  });
}
