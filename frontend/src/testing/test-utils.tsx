import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { LocaleProvider } from '@/app/locale-provider';
import { createRoutes } from '@/app/routes';
import { ApiClientContext } from '@/lib/api/api-client-context';
import { createApiClient } from '@/lib/api/client';
import i18n from '@/lib/i18n/i18n';
import type { Me } from '@/lib/session';

import { db } from './handlers';

// a signed-in session without Keycloak: the API double does not check the token
const fakeAuth = {
  isAuthenticated: true,
  isLoading: false,
  user: { access_token: 'test-token', profile: { sub: 'test' } },
  signoutRedirect: async () => {},
  signinRedirect: async () => {},
} as unknown as AuthContextProps;

/** Renders the real route tree at `path`, signed in as `me`, against the MSW API. */
export function renderApp(path: string, { me }: { me?: Me } = {}) {
  if (me) db.me = me;
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const api = createApiClient({
    baseUrl: window.location.origin,
    getAccessToken: () => 'test-token',
    getLanguage: () => i18n.language,
  });
  const router = createMemoryRouter(createRoutes(), { initialEntries: [path] });
  const result = render(
    <LocaleProvider>
      <AuthContext.Provider value={fakeAuth}>
        <QueryClientProvider client={queryClient}>
          <ApiClientContext.Provider value={api}>
            <RouterProvider router={router} />
          </ApiClientContext.Provider>
        </QueryClientProvider>
      </AuthContext.Provider>
    </LocaleProvider>,
  );
  return { ...result, router, queryClient };
}
