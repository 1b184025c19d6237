import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, from, map, of, tap } from 'rxjs';
import { formatDateTime } from '../i18n/format';
import { RECORDS, RecordsPort, WriteOp } from '../../data-access/backend';
import { BatchFailed, ValidationFailed } from '../../domain/errors';
import { errorMessage } from '../errors/error-message';
import { doneUrlFor } from './done-url';
import { EditorApiActions, EditorPageActions } from './editor.actions';

/**
 * One write goes through its own call (its error is the plain one); several go as one batch.
 * Gives the id of a single record created, for the page to go to.
 */
async function write(records: RecordsPort, writes: readonly WriteOp[]): Promise<string | null> {
  if (writes.length !== 1) {
    await records.batch(writes);
    return null;
  }
  const [w] = writes;
  if (w.op === 'create') return (await records.create(w.kind, w.draft as never)).id;
  if (w.op === 'update') await records.update(w.kind, w.id, w.expectedVersion, w.patch as never);
  else await records.remove(w.kind, w.id, w.expectedVersion);
  return null;
}

function failure(error: unknown) {
  const reason = error instanceof BatchFailed ? error.reason : error;
  return EditorApiActions.writesFailed({
    message: errorMessage(error, formatDateTime),
    fieldErrors: reason instanceof ValidationFailed ? reason.fieldErrors : {},
    index: error instanceof BatchFailed ? error.index : null,
  });
}

export const saveWrites = createEffect(
  (actions$ = inject(Actions), records = inject(RECORDS)) => {
    return actions$.pipe(
      ofType(EditorPageActions.writesRequested),
      exhaustMap(({ writes, success, doneUrl }) =>
        from(write(records, writes)).pipe(
          map((createdId) =>
            EditorApiActions.writesSaved({ success, doneUrl: doneUrlFor(doneUrl, createdId) }),
          ),
          catchError((error) => of(failure(error))),
        ),
      ),
    );
  },
  { functional: true },
);

/** After a save: say so, and go on where the page asked. */
export const afterSave = createEffect(
  (
    actions$ = inject(Actions),
    router = inject(Router),
    snackBar = inject(MatSnackBar),
    transloco = inject(TranslocoService),
  ) => {
    return actions$.pipe(
      ofType(EditorApiActions.writesSaved),
      tap(({ success, doneUrl }) => {
        snackBar.open(transloco.translate(success.key, success.params), undefined, { duration: 4000 });
        if (doneUrl) void router.navigateByUrl(doneUrl);
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** A refused save is announced too (the message also stays on the page). */
export const afterFailure = createEffect(
  (actions$ = inject(Actions), snackBar = inject(MatSnackBar), transloco = inject(TranslocoService)) => {
    return actions$.pipe(
      ofType(EditorApiActions.writesFailed),
      tap(({ message }) =>
        snackBar.open(
          transloco.translate('editor.failed', { reason: transloco.translate(message.key, message.params) }),
          undefined,
          {
            duration: 6000,
          },
        ),
      ),
    );
  },
  { functional: true, dispatch: false },
);
