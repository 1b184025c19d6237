import { CanDeactivateFn, Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { PlanFormPage } from './plan-form-page';
import * as planFormEffects from './plan-form.effects';
import { planFormFeature } from './plan-form.feature';

/** Leaving a form with unsaved changes asks first (the browser's own, accessible, dialog). */
const confirmLeave: CanDeactivateFn<PlanFormPage> = (page) =>
  !page.hasUnsavedChanges() ||
  window.confirm(document.documentElement.lang === 'en' ? 'Leave without saving?' : 'Lämna utan att spara?');

export const PLAN_FORM_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(planFormFeature), provideEffects(planFormEffects)],
    children: [
      { path: 'new', component: PlanFormPage, canDeactivate: [confirmLeave], title: 'nav.newPlan' },
      { path: ':planId/edit', component: PlanFormPage, canDeactivate: [confirmLeave], title: 'nav.editPlan' },
    ],
  },
];
