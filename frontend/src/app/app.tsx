import { lazy, Suspense, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { AppProvider } from './provider';
import { isPublicPath } from './public-path';
import { createRoutes } from './routes';

// Visitors of the public pages load neither the login nor the admin shell.
const PublicApp = lazy(() => import('./public-app'));

// Created after login, so the router starts from the address the sign-in callback restored.
function AppRouter() {
  const [router] = useState(() => createBrowserRouter(createRoutes()));
  return <RouterProvider router={router} />;
}

export function App() {
  if (isPublicPath(window.location.pathname)) {
    return (
      <Suspense fallback={null}>
        <PublicApp />
      </Suspense>
    );
  }
  return (
    <AppProvider>
      <AppRouter />
    </AppProvider>
  );
}
