import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { ApiClientContext } from '@/lib/api/api-client-context';
import { createApiClient } from '@/lib/api/client';
import i18n from '@/lib/i18n/i18n';

import { LocaleProvider } from './locale-provider';
import { createPublicRoutes } from './public-routes';
import { createQueryClient } from './query-client';

/**
 * The public part of the app: no AuthProvider, no UserManager, no token, so a visitor is never sent to
 * Keycloak's login page; the API client calls the `/api/v1/public/...` endpoints anonymously.
 */
export default function PublicApp() {
  const [queryClient] = useState(createQueryClient);
  const [client] = useState(() =>
    createApiClient({
      baseUrl: window.location.origin,
      getAccessToken: () => undefined,
      getLanguage: () => i18n.language,
    }),
  );
  const [router] = useState(() => createBrowserRouter(createPublicRoutes()));
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <ApiClientContext.Provider value={client}>
          <RouterProvider router={router} />
        </ApiClientContext.Provider>
      </QueryClientProvider>
    </LocaleProvider>
  );
}
