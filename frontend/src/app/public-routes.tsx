import { lazy } from 'react';
import type { RouteObject } from 'react-router';

import { PublicShell } from '@/components/layouts/public-shell';

import { NotFound, RouteError } from './route-pages';

const PublicDocumentsRoute = lazy(
  () => import('@/features/public-documents/routes/public-documents'),
);

/** The public pages (no login): what the law says a township publishes. */
export function createPublicRoutes(): RouteObject[] {
  return [
    {
      path: '/public/:township',
      element: <PublicShell />,
      errorElement: <RouteError />,
      children: [
        { path: 'normative-documents', element: <PublicDocumentsRoute /> },
        { path: '*', element: <NotFound /> },
      ],
    },
    { path: '*', element: <NotFound /> },
  ];
}
