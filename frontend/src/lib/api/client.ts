import createClient from 'openapi-fetch';

import type { paths } from './schema';

/**
 * POST of a multipart form with upload progress (fetch has none): answers the status and the parsed JSON body.
 * `onProgress` gets the share sent, 0..1; `idempotencyKey` makes a retry of the same upload safe (SYS-03).
 */
export type Upload = (
  path: string,
  form: FormData,
  onProgress?: (share: number) => void,
  idempotencyKey?: string,
) => Promise<{ status: number; body: unknown }>;

export type ApiClient = ReturnType<typeof createClient<paths>> & { upload: Upload };

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
  const upload: Upload = async (path, form, onProgress, idempotencyKey) => {
    const token = await options.getAccessToken();
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', new URL(path, options.baseUrl).toString());
      if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
      request.setRequestHeader('Accept-Language', options.getLanguage());
      request.setRequestHeader('Accept', 'application/json');
      if (idempotencyKey) request.setRequestHeader('Idempotency-Key', idempotencyKey);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress?.(event.loaded / event.total);
      };
      request.onload = () => {
        if (request.status === 401) options.onUnauthorized?.();
        let body: unknown = request.responseText;
        try {
          body = JSON.parse(request.responseText);
        } catch {
          // not JSON: keep the text
        }
        resolve({ status: request.status, body });
      };
      request.onerror = () => reject(new TypeError('network error'));
      request.send(form);
    });
  };
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
  return Object.assign(client, { upload });
}
