import createClient from 'openapi-fetch';

import type { paths } from './schema';

export type ApiClient = ReturnType<typeof createClient<paths>>;

export type ApiClientOptions = {
  /** Absolute origin the API paths (`/api/v1/...`) are resolved against. */
  baseUrl: string;
  getAccessToken: () => string | undefined | Promise<string | undefined>;
  getLanguage: () => string;
  /** Called when the API answers 401: the session has ended. */
  onUnauthorized?: () => void;
};

/** The typed client of `api-spec/openapi.yaml`, sending the caller's token and language. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    // read fetch at call time so test doubles (MSW) installed later see the requests
    fetch: (request) => globalThis.fetch(request),
  });
  client.use({
    async onRequest({ request }) {
      const token = await options.getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', options.getLanguage());
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) options.onUnauthorized?.();
      return response;
    },
  });
  return client;
}
