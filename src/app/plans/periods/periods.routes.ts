import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { requireRole } from '../../core/session/session.guard';
import { confirmLeave } from '../../shared/ui/confirm-leave';
import * as editorEffects from '../editor/editor.effects';
import { editorFeature } from '../editor/editor.feature';
import { EntityEditorPage } from '../editor/entity-editor-page';
import { PeriodsPage } from './periods-page';
import * as periodsEffects from './periods.effects';
import { periodsFeature } from './periods.feature';

export const PERIODS_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideState(periodsFeature),
      provideEffects(periodsEffects),
      provideState(editorFeature),
      provideEffects(editorEffects),
    ],
    children: [
      { path: '', component: PeriodsPage, title: 'nav.periods' },
      {
        path: 'new',
        canActivate: [requireRole('strategist')],
        component: EntityEditorPage,
        canDeactivate: [confirmLeave],
        data: { kind: 'periods' },
        title: 'nav.newPeriod',
      },
    ],
  },
];
