import { DOCUMENT, inject } from '@angular/core';
import { CanActivateFn, Route, Routes } from '@angular/router';
import { HomePage } from './core/pages/home-page';
import { requireRole } from './core/session/session.guard';
import { RECORD_ROUTES } from './records/records.routes';

const PUBLIC_FOLLOW_UP: Route = {
  path: 'public',
  loadChildren: () => import('./public/public.routes').then((m) => m.PUBLIC_ROUTES),
};

const ACCESSIBILITY: Route = {
  path: 'accessibility',
  loadComponent: () => import('./core/pages/accessibility-page').then((m) => m.AccessibilityPage),
  title: 'nav.accessibility',
};

/** A whole page load of the address, which starts the whole app (and its sign-in). */
const loadTheWholeApp: CanActivateFn = (_route, state) => {
  inject(DOCUMENT).location.assign(state.url);
  return false;
};

/**
 * A visitor's start-up on Firebase (see `startBackend`): the published follow-up and the
 * accessibility statement, which need no account; any other page is loaded as a whole page.
 */
export const VISITOR_ROUTES: Routes = [
  PUBLIC_FOLLOW_UP,
  ACCESSIBILITY,
  { path: '**', canActivate: [loadTheWholeApp], children: [] },
];

export const routes: Routes = [
  { path: '', component: HomePage, title: 'nav.home' },
  {
    path: 'sign-in',
    loadComponent: () => import('./core/pages/sign-in-page').then((m) => m.SignInPage),
    title: 'nav.signIn',
  },
  // Before the plans, periods and administration pages, whose paths they extend.
  ...RECORD_ROUTES,
  {
    path: 'plans',
    canActivate: [requireRole()],
    loadChildren: () => import('./plans/plans.routes').then((m) => m.PLANS_ROUTES),
  },
  {
    path: 'periods',
    canActivate: [requireRole('strategist', 'admin')],
    loadChildren: () => import('./plans/periods/periods.routes').then((m) => m.PERIODS_ROUTES),
  },
  {
    path: 'admin',
    canActivate: [requireRole('admin')],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  },
  {
    path: 'reporting',
    canActivate: [requireRole('reporter')],
    loadComponent: () => import('./reporting/my-reporting-page').then((m) => m.MyReportingPage),
    title: 'nav.reporting',
  },
  {
    path: 'reporting',
    canActivate: [requireRole()],
    loadChildren: () => import('./reporting/report.routes').then((m) => m.REPORT_ROUTES),
  },
  {
    path: 'review',
    canActivate: [requireRole('strategist')],
    loadChildren: () => import('./reporting/review/review.routes').then((m) => m.REVIEW_ROUTES),
  },
  {
    path: 'overview',
    canActivate: [requireRole()],
    loadComponent: () => import('./dashboard/overview-page').then((m) => m.OverviewPage),
    title: 'nav.overview',
  },
  {
    path: 'status-report',
    canActivate: [requireRole()],
    loadComponent: () => import('./dashboard/status-report-page').then((m) => m.StatusReportPage),
    title: 'nav.statusReport',
  },
  {
    path: 'department',
    canActivate: [requireRole()],
    loadComponent: () => import('./dashboard/department-page').then((m) => m.DepartmentPage),
    title: 'nav.department',
  },
  {
    path: 'equality',
    canActivate: [requireRole()],
    loadComponent: () => import('./dashboard/equality-page').then((m) => m.EqualityPage),
    title: 'nav.equality',
  },
  {
    path: 'cemr',
    canActivate: [requireRole()],
    loadComponent: () => import('./dashboard/crosswalk-page').then((m) => m.CrosswalkPage),
    data: { framework: 'cemr' },
    title: 'crosswalkPage.title.cemr',
  },
  {
    path: 'agenda-2030',
    canActivate: [requireRole()],
    loadComponent: () => import('./dashboard/crosswalk-page').then((m) => m.CrosswalkPage),
    data: { framework: 'sdg' },
    title: 'crosswalkPage.title.sdg',
  },
  {
    path: 'trend/:indicatorId',
    canActivate: [requireRole()],
    loadComponent: () => import('./dashboard/trend-page').then((m) => m.TrendPage),
    title: 'nav.trend',
  },
  // The published follow-up needs no account.
  PUBLIC_FOLLOW_UP,
  {
    path: 'notices',
    canActivate: [requireRole()],
    loadChildren: () => import('./notices/notices.routes').then((m) => m.NOTICES_ROUTES),
  },
  {
    path: 'settings',
    canActivate: [requireRole()],
    loadChildren: () => import('./notices/notices.routes').then((m) => m.SETTINGS_ROUTES),
  },
  {
    path: 'publish',
    canActivate: [requireRole('strategist')],
    loadChildren: () => import('./public/public.routes').then((m) => m.PUBLISH_ROUTES),
  },
  ACCESSIBILITY,
  {
    path: 'no-access',
    loadComponent: () => import('./core/pages/no-access-page').then((m) => m.NoAccessPage),
    title: 'nav.noAccess',
  },
  {
    path: 'forbidden',
    loadComponent: () => import('./core/pages/forbidden-page').then((m) => m.ForbiddenPage),
    title: 'nav.forbidden',
  },
  {
    path: '**',
    loadComponent: () => import('./core/pages/not-found-page').then((m) => m.NotFoundPage),
    title: 'nav.notFound',
  },
];
