import { Routes } from '@angular/router';
import { HomePage } from './core/pages/home-page';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { requireRole } from './core/session/session.guard';
import * as reviewEffects from './reporting/review/review.effects';
import { reviewFeature } from './reporting/review/review.feature';
import * as reportFormEffects from './reporting/state/report-form.effects';
import { reportFormFeature } from './reporting/state/report-form.feature';

export const routes: Routes = [
  { path: '', component: HomePage, title: 'nav.home' },
  {
    path: 'sign-in',
    loadComponent: () => import('./core/pages/sign-in-page').then((m) => m.SignInPage),
    title: 'nav.signIn',
  },
  {
    path: 'plans',
    canActivate: [requireRole()],
    loadComponent: () => import('./plans/plans-page').then((m) => m.PlansPage),
    title: 'nav.plans',
  },
  {
    path: 'reporting',
    canActivate: [requireRole('reporter')],
    loadComponent: () => import('./reporting/my-reporting-page').then((m) => m.MyReportingPage),
    title: 'nav.reporting',
  },
  {
    path: 'reporting/:periodId/:goalId/:departmentId',
    canActivate: [requireRole()],
    providers: [provideState(reportFormFeature), provideEffects(reportFormEffects)],
    loadComponent: () => import('./reporting/report-form/report-form-page').then((m) => m.ReportFormPage),
    title: 'nav.report',
  },
  {
    path: 'review',
    canActivate: [requireRole('strategist')],
    providers: [provideState(reviewFeature), provideEffects(reviewEffects)],
    loadComponent: () => import('./reporting/review/review-page').then((m) => m.ReviewPage),
    title: 'nav.review',
  },
  {
    path: 'overview',
    canActivate: [requireRole()],
    loadComponent: () => import('./dashboard/overview-page').then((m) => m.OverviewPage),
    title: 'nav.overview',
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
