/** Public addresses (`/public/:township/...`) are served without the Keycloak login. */
export function isPublicPath(pathname: string): boolean {
  return pathname === '/public' || pathname.startsWith('/public/');
}
