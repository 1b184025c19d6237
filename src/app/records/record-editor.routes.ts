import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { confirmLeave } from '../shared/ui/confirm-leave';
import { EditableKind } from './entity-forms';
import { EntityEditorPage } from './entity-editor-page';
import * as recordEditorEffects from './state/record-editor.effects';
import { recordEditorFeature } from './state/record-editor.feature';

/** One editor page, loaded with the record writes' state when someone first opens an editor. */
export function recordEditorRoutes(kind: EditableKind, title: string): Routes {
  return [
    {
      path: '',
      component: EntityEditorPage,
      providers: [provideState(recordEditorFeature), provideEffects(recordEditorEffects)],
      canDeactivate: [confirmLeave],
      data: { kind },
      title,
    },
  ];
}
