import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, from, map, of, tap } from 'rxjs';
import { BackendLoader } from '../../core/backend/backend-loader';
import { formatDateTime } from '../../core/i18n/format';
import { ValidationFailed } from '../../domain/errors';
import { errorMessage } from '../../shared/ui/error-message';
import { PlanFormPageActions, PlansApiActions } from './plan-form.actions';

function failed(error: unknown) {
  return PlansApiActions.planSaveFailed({
    message: errorMessage(error, formatDateTime),
    fieldErrors: error instanceof ValidationFailed ? error.fieldErrors : {},
  });
}

export const createPlan = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(PlanFormPageActions.createSubmitted),
      exhaustMap(({ draft }) =>
        from(loader.backend.create('plans', draft)).pipe(
          map((plan) => PlansApiActions.planSaved({ plan })),
          catchError((error) => of(failed(error))),
        ),
      ),
    );
  },
  { functional: true },
);

export const updatePlan = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(PlanFormPageActions.updateSubmitted),
      exhaustMap(({ plan, patch }) =>
        from(loader.backend.update('plans', plan.id, plan.version, patch)).pipe(
          map((saved) => PlansApiActions.planSaved({ plan: saved })),
          catchError((error) => of(failed(error))),
        ),
      ),
    );
  },
  { functional: true },
);

/** After a save: a confirmation, and back to the plans. */
export const afterSave = createEffect(
  (
    actions$ = inject(Actions),
    router = inject(Router),
    snackBar = inject(MatSnackBar),
    transloco = inject(TranslocoService),
  ) => {
    return actions$.pipe(
      ofType(PlansApiActions.planSaved),
      tap(({ plan }) => {
        snackBar.open(transloco.translate('planForm.saved', { title: plan.title }), undefined, {
          duration: 4000,
        });
        void router.navigateByUrl('/plans');
      }),
    );
  },
  { functional: true, dispatch: false },
);
