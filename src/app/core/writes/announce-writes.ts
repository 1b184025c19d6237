import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action, ActionCreator } from '@ngrx/store';
import { tap } from 'rxjs';
import { Message } from '../../shared/ui/message';
import { WriteFailure } from './write-outcome';

interface SavedProps {
  success: Message;
  doneUrl: string | null;
}
type Saved = ActionCreator<string, (props: SavedProps) => SavedProps & Action<string>>;
type Failed = ActionCreator<string, (props: WriteFailure) => WriteFailure & Action<string>>;

/**
 * A feature's effects that say how its saves went: saved (and on to where the page asked), or
 * refused (the message also stays on the page).
 */
export function announceWrites(saved: Saved, failed: Failed) {
  return {
    announceSaved: createEffect(
      (
        actions$ = inject(Actions),
        router = inject(Router),
        snackBar = inject(MatSnackBar),
        transloco = inject(TranslocoService),
      ) => {
        return actions$.pipe(
          ofType(saved),
          tap(({ success, doneUrl }) => {
            snackBar.open(transloco.translate(success.key, success.params), undefined, { duration: 4000 });
            if (doneUrl) void router.navigateByUrl(doneUrl);
          }),
        );
      },
      { functional: true, dispatch: false },
    ),
    announceFailed: createEffect(
      (actions$ = inject(Actions), snackBar = inject(MatSnackBar), transloco = inject(TranslocoService)) => {
        return actions$.pipe(
          ofType(failed),
          tap(({ message }) => {
            snackBar.open(
              transloco.translate('editor.failed', {
                reason: transloco.translate(message.key, message.params),
              }),
              undefined,
              { duration: 6000 },
            );
          }),
        );
      },
      { functional: true, dispatch: false },
    ),
  };
}
