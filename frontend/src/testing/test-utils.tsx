import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
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

/** Puts text into a field the way a paste does: much faster than typing it key by key. */
export async function fill(
  user: { click: (element: Element) => Promise<void>; paste: (text: string) => Promise<void> },
  field: HTMLElement,
  text: string,
): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

/** Opens an Ant Design select by its label and clicks the option with this title. */
export async function choose(
  user: { click: (element: Element) => Promise<void> },
  label: string,
  option: string,
  container: HTMLElement = document.body,
): Promise<void> {
  await user.click(within(container).getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  const item = options.find((element) => element.classList.contains('ant-select-item-option'));
  if (!item) throw new Error(`no option ${option}`);
  await user.click(item);
}

/** The error Alert (a refusal of the API) inside a container, once it shows. */
export async function findRefusal(container: HTMLElement, title: string): Promise<HTMLElement> {
  const heading = await within(container).findByText(title);
  const alert = heading.closest('.ant-alert-error');
  if (!alert) throw new Error(`no error alert titled ${title}`);
  return alert as HTMLElement;
}
