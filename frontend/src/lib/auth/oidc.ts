import { UserManager, type User } from 'oidc-client-ts';

import { env } from '@/config/env';

/** Where to go after login: the page the user asked for before Keycloak's login page. */
export type SigninState = { returnTo?: string };

function returnToOf(user: User | undefined): string | undefined {
  const state = user?.state as SigninState | undefined;
  const returnTo = state?.returnTo;
  // only paths of this app, never another origin
  return returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : undefined;
}

/** Authorization code + PKCE (S256, oidc-client-ts's default for the code flow) against Keycloak. */
export function createUserManager(): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: env.oidcAuthority,
    client_id: env.oidcClientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
  });
}

/** After Keycloak's redirect: strip code and state from the address bar, back to the page asked for. */
export function onSigninCallback(user: User | undefined): void {
  window.history.replaceState({}, document.title, returnToOf(user) ?? window.location.pathname);
}
