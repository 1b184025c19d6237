import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as editorEffects from '../plans/editor/editor.effects';
import { editorFeature } from '../plans/editor/editor.feature';
import { EntityEditorPage } from '../plans/editor/entity-editor-page';
import { confirmLeave } from '../shared/ui/confirm-leave';
import { AdminPage } from './admin-page';

const editor = (path: string, kind: 'departments' | 'members', title: string) => ({
  path,
  component: EntityEditorPage,
  canDeactivate: [confirmLeave],
  data: { kind },
  title,
});

/** The administrator's pages: departments and people with their roles and memberships. */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(editorFeature), provideEffects(editorEffects)],
    children: [
      { path: '', component: AdminPage, title: 'nav.admin' },
      editor('departments/new', 'departments', 'nav.editDepartment'),
      editor('departments/:id/edit', 'departments', 'nav.editDepartment'),
      editor('people/new', 'members', 'nav.editMember'),
      editor('people/:id/edit', 'members', 'nav.editMember'),
    ],
  },
];
