import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { requireRole } from '../core/session/session.guard';
import { confirmLeave } from '../shared/ui/confirm-leave';
import * as editorEffects from './editor/editor.effects';
import { editorFeature } from './editor/editor.feature';
import { EditableKind } from './editor/entity-forms';
import { EntityEditorPage } from './editor/entity-editor-page';
import { GoalImportPage } from './import/goal-import-page';
import { KoladaImportPage } from './import/kolada-import-page';
import { PlanDetailPage } from './plan-detail/plan-detail-page';
import { PlanFormPage } from './plan-form/plan-form-page';
import { PlansPage } from './plans-page';

const editor = (path: string, kind: EditableKind, title: string) => ({
  path,
  component: EntityEditorPage,
  canDeactivate: [confirmLeave],
  data: { kind },
  title,
});

/**
 * The plans: everyone reads them; strategists build them (the guard here, the policy in the
 * backend on every write).
 */
export const PLANS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(editorFeature), provideEffects(editorEffects)],
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
          editor(':planId/focus-areas/new', 'focusAreas', 'nav.editArea'),
          editor(':planId/focus-areas/:id/edit', 'focusAreas', 'nav.editArea'),
          editor(':planId/goals/new', 'goals', 'nav.editGoal'),
          editor(':planId/goals/:id/edit', 'goals', 'nav.editGoal'),
          editor(':planId/goals/:goalId/indicators/new', 'indicators', 'nav.editIndicator'),
          editor(':planId/indicators/:id/edit', 'indicators', 'nav.editIndicator'),
          editor(':planId/goals/:goalId/activities/new', 'activities', 'nav.editActivity'),
          editor(':planId/activities/:id/edit', 'activities', 'nav.editActivity'),
        ],
      },
      { path: ':planId', component: PlanDetailPage, title: 'nav.plan' },
    ],
  },
];
