import { createFeature, createReducer, on } from '@ngrx/store';
import { FieldErrors } from '../../domain/validation';
import { Message } from '../../shared/ui/message';
import { EditorApiActions, EditorPageActions } from './editor.actions';

export interface EditorState {
  saving: boolean;
  /** Counts successful saves, so a page can tell that its own save went through. */
  saves: number;
  message: Message | null;
  fieldErrors: FieldErrors;
  failedIndex: number | null;
}

const initialState: EditorState = {
  saving: false,
  saves: 0,
  message: null,
  fieldErrors: {},
  failedIndex: null,
};

export const editorFeature = createFeature({
  name: 'editor',
  reducer: createReducer(
    initialState,
    on(EditorPageActions.opened, (state): EditorState => ({ ...initialState, saves: state.saves })),
    on(EditorPageActions.writesRequested, (state): EditorState => ({
      ...state,
      saving: true,
      message: null,
      fieldErrors: {},
      failedIndex: null,
    })),
    on(EditorApiActions.writesSaved, (state): EditorState => ({ ...initialState, saves: state.saves + 1 })),
    on(EditorApiActions.writesFailed, (state, { message, fieldErrors, index }): EditorState => ({
      ...state,
      saving: false,
      message,
      fieldErrors,
      failedIndex: index,
    })),
  ),
});
