import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as writesEffects from '../core/writes/editor.effects';
import { editorFeature } from '../core/writes/editor.feature';
import { confirmLeave } from '../shared/ui/confirm-leave';
import { EditableKind } from './entity-forms';
import { EntityEditorPage } from './entity-editor-page';

/** One editor page, loaded with the record writes' state when someone first opens an editor. */
export function recordEditorRoutes(kind: EditableKind, title: string): Routes {
  return [
    {
      path: '',
      component: EntityEditorPage,
      providers: [provideState(editorFeature), provideEffects(writesEffects)],
      canDeactivate: [confirmLeave],
      data: { kind },
      title,
    },
  ];
}
