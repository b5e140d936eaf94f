import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AuthProvider } from 'react-oidc-context';

import { AuthGate } from '@/lib/auth/auth-gate';
import { createUserManager, onSigninCallback } from '@/lib/auth/oidc';

import { ApiProvider } from './api-provider';
import { LocaleProvider } from './locale-provider';
import { createQueryClient } from './query-client';

export function AppProvider({ children }: { children: ReactNode }) {
  const [userManager] = useState(createUserManager);
  const [queryClient] = useState(createQueryClient);
  return (
    <LocaleProvider>
      <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
        <AuthGate>
          <QueryClientProvider client={queryClient}>
            <ApiProvider userManager={userManager}>{children}</ApiProvider>
          </QueryClientProvider>
        </AuthGate>
      </AuthProvider>
    </LocaleProvider>
  );
}
