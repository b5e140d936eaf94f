import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';

/** Ends the Keycloak session and forgets every cached answer. */
export function useLogout(): () => void {
  const auth = useAuth();
  const queryClient = useQueryClient();
  return () => {
    queryClient.clear();
    void auth.signoutRedirect();
  };
}

/** The signed-in user's display name from the ID token, before /me answers. */
export function useTokenName(): string | undefined {
  const auth = useAuth();
  const profile = auth.user?.profile;
  return profile?.name ?? profile?.preferred_username;
}
