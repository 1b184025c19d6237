import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, from, map, of } from 'rxjs';
import { sessionFeature } from '../../core/session/session.feature';
import { announceWrites } from '../../core/writes/announce-writes';
import { doneUrlFor } from '../../core/writes/done-url';
import { WriteService } from '../../core/writes/write.service';
import { RecordEditorPageActions, RecordWritesApiActions } from './record-editor.actions';
import { backTo, recordWrite, savedMessage } from './record-writes';

/** The record editor's saves, one at a time, through the write service. */
export const saveRecord = createEffect(
  (actions$ = inject(Actions), store = inject(Store), writer = inject(WriteService)) => {
    return actions$.pipe(
      ofType(RecordEditorPageActions.recordSaved),
      exhaustMap((saved) => {
        const success = savedMessage(saved, store.selectSignal(sessionFeature.selectSignInMethod)());
        return from(writer.save([recordWrite(saved)])).pipe(
          map((createdId) =>
            RecordWritesApiActions.saved({ success, doneUrl: doneUrlFor(backTo(saved), createdId) }),
          ),
          catchError((error) => of(RecordWritesApiActions.failed(writer.failureOf(error)))),
        );
      }),
    );
  },
  { functional: true },
);

export const { announceSaved, announceFailed } = announceWrites(
  RecordWritesApiActions.saved,
  RecordWritesApiActions.failed,
);
