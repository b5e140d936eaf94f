import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { useApiClient } from './api/api-client-context';
import { unwrap } from './api/problem';
import type { components } from './api/schema';
import { useLanguage } from './format';

export type Me = components['schemas']['Me'];
export type TownshipView = components['schemas']['TownshipView'];

const fiveMinutes = 5 * 60 * 1000;

/** Who the caller is: name, roles and townships, as the API reads them from the token. */
export function useMe() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/me'))).data,
    staleTime: fiveMinutes,
  });
}

/** The townships the caller may see. */
export function useTownships() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['townships'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/townships'))).data,
    staleTime: fiveMinutes,
  });
}

/** The township code of the current URL (`/t/:township/...`). */
export function useTownshipCode(): string {
  const { township } = useParams();
  if (!township) throw new Error('useTownshipCode outside /t/:township');
  return township;
}

/** The name of a township in the language the UI shows. */
export function useTownshipName(): (township: TownshipView | undefined) => string {
  const language = useLanguage();
  return (township) => (township ? (language === 'en' ? township.nameEn : township.nameZh) : '');
}
