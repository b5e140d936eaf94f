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
