import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, from, map, mergeMap, of } from 'rxjs';
import { BackendLoader } from '../../core/backend/backend-loader';
import { errorMessage } from '../../shared/ui/error-message';
import { ReviewApiActions, ReviewPageActions } from './review.actions';

/** Decisions on different reports are independent; each goes out once (the button is disabled meanwhile). */
export const decide = createEffect(
  (actions$ = inject(Actions), loader = inject(BackendLoader)) => {
    return actions$.pipe(
      ofType(ReviewPageActions.approveClicked, ReviewPageActions.returnClicked),
      mergeMap((action) => {
        const { report } = action;
        const call =
          action.type === ReviewPageActions.approveClicked.type
            ? loader.backend.transition(report.id, report.version, 'approve')
            : loader.backend.transition(
                report.id,
                report.version,
                'return',
                (action as { comment: string }).comment,
              );
        return from(call).pipe(
          map((decided) => ReviewApiActions.reportDecided({ report: decided })),
          catchError((error) =>
            of(ReviewApiActions.reportDecisionFailed({ reportId: report.id, message: errorMessage(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);
