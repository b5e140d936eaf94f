import { lazy } from 'react';
import type { RouteObject } from 'react-router';

import { AppShell } from '@/components/layouts/app-shell';

import { NotFound, RootRedirect, RouteError } from './route-pages';

// Each area is its own chunk, loaded when first visited.
const HomeRoute = lazy(() => import('@/features/home/routes/home'));
const OfficersRoute = lazy(() => import('@/features/officers/routes/officers'));
const ExamRegistrationsRoute = lazy(() => import('@/features/officers/routes/exam-registrations'));
const ReviewsRoute = lazy(() => import('@/features/reviews/routes/reviews'));
const ReviewRoute = lazy(() => import('@/features/reviews/routes/review'));
const DocumentsRoute = lazy(() => import('@/features/documents/routes/documents'));
const DocumentRoute = lazy(() => import('@/features/documents/routes/document'));
const CleanUpsRoute = lazy(() => import('@/features/documents/routes/clean-ups'));
const CleanUpRoute = lazy(() => import('@/features/documents/routes/clean-up'));
const DecisionsRoute = lazy(() => import('@/features/decisions/routes/decisions'));
const DecisionRoute = lazy(() => import('@/features/decisions/routes/decision'));
const AdvisersRoute = lazy(() => import('@/features/advisers/routes/advisers'));
const AdviserRoute = lazy(() => import('@/features/advisers/routes/adviser'));
const CalendarRoute = lazy(() => import('@/features/calendar/routes/calendar'));
const SettingsRoute = lazy(() => import('@/features/settings/routes/settings'));
const MattersRoute = lazy(() => import('@/features/matters/routes/matters'));
const InspectionsRoute = lazy(() => import('@/features/inspections/routes/inspections'));
const InspectionRoute = lazy(() => import('@/features/inspections/routes/inspection'));
const InspectionItemsRoute = lazy(() => import('@/features/inspections/routes/items'));
const InspectionPlansRoute = lazy(() => import('@/features/inspections/routes/plans'));
const InspectionPlanRoute = lazy(() => import('@/features/inspections/routes/plan'));
const CasesRoute = lazy(() => import('@/features/cases/routes/cases'));
const CaseRoute = lazy(() => import('@/features/cases/routes/case'));
const ContractsRoute = lazy(() => import('@/features/contracts/routes/contracts'));
const ContractRoute = lazy(() => import('@/features/contracts/routes/contract'));

/** The route tree of the signed-in app; the township is part of every address: /t/:township/... */
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
        { path: 'officers/exam-registrations', element: <ExamRegistrationsRoute /> },
        { path: 'legality-reviews', element: <ReviewsRoute /> },
        { path: 'legality-reviews/:id', element: <ReviewRoute /> },
        { path: 'normative-documents', element: <DocumentsRoute /> },
        { path: 'normative-documents/clean-ups', element: <CleanUpsRoute /> },
        { path: 'normative-documents/clean-ups/:id', element: <CleanUpRoute /> },
        { path: 'normative-documents/:id', element: <DocumentRoute /> },
        { path: 'major-decisions', element: <DecisionsRoute /> },
        { path: 'major-decisions/:id', element: <DecisionRoute /> },
        { path: 'legal-advisers', element: <AdvisersRoute /> },
        { path: 'legal-advisers/:id', element: <AdviserRoute /> },
        { path: 'holiday-calendar', element: <CalendarRoute /> },
        { path: 'settings', element: <SettingsRoute /> },
        { path: 'enforcement-matters', element: <MattersRoute /> },
        { path: 'inspections', element: <InspectionsRoute /> },
        { path: 'inspections/items', element: <InspectionItemsRoute /> },
        { path: 'inspections/plans', element: <InspectionPlansRoute /> },
        { path: 'inspections/plans/:id', element: <InspectionPlanRoute /> },
        { path: 'inspections/:id', element: <InspectionRoute /> },
        { path: 'enforcement-cases', element: <CasesRoute /> },
        { path: 'enforcement-cases/:id', element: <CaseRoute /> },
        { path: 'contracts', element: <ContractsRoute /> },
        { path: 'contracts/:id', element: <ContractRoute /> },
        { path: '*', element: <NotFound /> },
      ],
    },
    { path: '*', element: <NotFound /> },
  ];
}
