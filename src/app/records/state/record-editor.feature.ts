import { createFeature, createReducer, on } from '@ngrx/store';
import { INITIAL_WRITE_OUTCOME, writeOutcome } from '../../core/writes/write-outcome';
import { RecordEditorPageActions, RecordWritesApiActions } from './record-editor.actions';

/** The outcome of the record editor's saves. */
export const recordEditorFeature = createFeature({
  name: 'recordEditor',
  reducer: createReducer(
    INITIAL_WRITE_OUTCOME,
    on(RecordEditorPageActions.opened, writeOutcome.opened),
    on(RecordEditorPageActions.recordSaved, writeOutcome.requested),
    on(RecordWritesApiActions.saved, writeOutcome.saved),
    on(RecordWritesApiActions.failed, writeOutcome.failed),
  ),
});
