import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { requireRole } from '../core/session/session.guard';
import { confirmLeave } from '../shared/ui/confirm-leave';
import { GoalImportPage } from './import/goal-import-page';
import { KoladaImportPage } from './import/kolada-import-page';
import { PlanDetailPage } from './plan-detail/plan-detail-page';
import { PlanFormPage } from './plan-form/plan-form-page';
import { PlansPage } from './plans-page';
import * as planWritesEffects from './state/plan-writes.effects';
import { planWritesFeature } from './state/plan-writes.feature';

/**
 * The plans: everyone reads them; strategists build them (the guard here, the policy in the
 * backend on every write). Focus areas, goals, indicators and activities are edited in the
 * records feature, mounted beside this one by the shell.
 */
export const PLANS_ROUTES: Routes = [
  {
    path: '',
    // The plan page, the plan form and the imports: their events become writes here.
    providers: [provideState(planWritesFeature), provideEffects(planWritesEffects)],
    children: [
      { path: '', component: PlansPage, title: 'nav.plans' },
      {
        path: '',
        canActivate: [requireRole('strategist')],
        children: [
          { path: 'kolada', component: KoladaImportPage, title: 'nav.koladaImport' },
          { path: 'new', component: PlanFormPage, canDeactivate: [confirmLeave], title: 'nav.newPlan' },
          {
            path: ':planId/edit',
            component: PlanFormPage,
            canDeactivate: [confirmLeave],
            title: 'nav.editPlan',
          },
          { path: ':planId/import', component: GoalImportPage, title: 'nav.goalImport' },
        ],
      },
      { path: ':planId', component: PlanDetailPage, title: 'nav.plan' },
    ],
  },
];
