/** Build-time settings; every one has a default that works with `make run`. */
export const env = {
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/fazhi',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'fazhi-spa',
} as const;
