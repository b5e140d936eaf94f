import type { UserManager } from 'oidc-client-ts';
import { useState, type ReactNode } from 'react';

import { ApiClientContext } from '@/lib/api/api-client-context';
import { createApiClient } from '@/lib/api/client';
import i18n from '@/lib/i18n/i18n';

/** The API client of the signed-in user: their access token and the UI language on every call. */
export function ApiProvider({
  userManager,
  children,
}: {
  userManager: UserManager;
  children: ReactNode;
}) {
  const [client] = useState(() =>
    createApiClient({
      baseUrl: window.location.origin,
      getAccessToken: async () => (await userManager.getUser())?.access_token,
      getLanguage: () => i18n.language,
      onUnauthorized: () => {
        // the token ran out: renew quietly, or log in again
        userManager.signinSilent().catch(() => userManager.signinRedirect());
      },
    }),
  );
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}
