import { lazy } from 'react';
import type { RouteObject } from 'react-router';

import { PublicShell } from '@/components/layouts/public-shell';

import { NotFound, RouteError } from './route-pages';

const PublicDocumentsRoute = lazy(
  () => import('@/features/public-documents/routes/public-documents'),
);
const PublicPenaltyDecisionsRoute = lazy(
  () => import('@/features/public-penalty-decisions/routes/public-penalty-decisions'),
);
const PublicMattersRoute = lazy(
  () => import('@/features/public-inspections/routes/public-matters'),
);
const PublicItemsRoute = lazy(() => import('@/features/public-inspections/routes/public-items'));
const PublicPlansRoute = lazy(() => import('@/features/public-inspections/routes/public-plans'));

/** The public pages (no login): what the law says a township publishes. */
export function createPublicRoutes(): RouteObject[] {
  return [
    {
      path: '/public/:township',
      element: <PublicShell />,
      errorElement: <RouteError />,
      children: [
        { path: 'normative-documents', element: <PublicDocumentsRoute /> },
        { path: 'penalty-decisions', element: <PublicPenaltyDecisionsRoute /> },
        { path: 'enforcement-matters', element: <PublicMattersRoute /> },
        { path: 'inspection-items', element: <PublicItemsRoute /> },
        { path: 'inspection-plans', element: <PublicPlansRoute /> },
        { path: '*', element: <NotFound /> },
      ],
    },
    { path: '*', element: <NotFound /> },
  ];
}
