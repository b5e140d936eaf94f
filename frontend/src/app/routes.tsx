import { lazy } from 'react';
import type { RouteObject } from 'react-router';

import { AppShell } from '@/components/layouts/app-shell';

import { NotFound, RootRedirect, RouteError } from './route-pages';

// Each area is its own chunk, loaded when first visited.
const HomeRoute = lazy(() => import('@/features/home/routes/home'));
const OfficersRoute = lazy(() => import('@/features/officers/routes/officers'));

/** The route tree; the township is part of every address: /t/:township/... */
export function createRoutes(): RouteObject[] {
  return [
    { path: '/', element: <RootRedirect />, errorElement: <RouteError /> },
    {
      path: '/t/:township',
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRoute /> },
        { path: 'officers', element: <OfficersRoute /> },
        { path: '*', element: <NotFound /> },
      ],
    },
    { path: '*', element: <NotFound /> },
  ];
}
