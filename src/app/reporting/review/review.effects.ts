import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  combineLatest,
  distinctUntilChanged,
  from,
  map,
  mergeMap,
  of,
  switchMap,
  takeUntil,
} from 'rxjs';
import { RECORDS } from '../../data-access/backend';
import { periodsKey, selectOpenPeriods } from '../../core/org-data/org-data.selectors';
import { reviewFeature } from './review.feature';
import { errorMessage } from '../../core/errors/error-message';
import { ReviewApiActions, ReviewPageActions } from './review.actions';

/** Decisions on different reports are independent; each goes out once (the button is disabled meanwhile). */
export const decide = createEffect(
  (actions$ = inject(Actions), records = inject(RECORDS)) => {
    return actions$.pipe(
      ofType(ReviewPageActions.approveClicked, ReviewPageActions.returnClicked),
      mergeMap((action) => {
        const { report, title } = action;
        const call =
          action.type === ReviewPageActions.approveClicked.type
            ? records.transition(report.id, report.version, 'approve')
            : records.transition(
                report.id,
                report.version,
                'return',
                (action as { comment: string }).comment,
              );
        return from(call).pipe(
          map((decided) => ReviewApiActions.reportDecided({ report: decided, title })),
          catchError((error) =>
            of(ReviewApiActions.reportDecisionFailed({ reportId: report.id, message: errorMessage(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);

/**
 * While the review page is open, the open periods' oldest submitted reports, as many as asked for:
 * a page more on every "show more", never the whole queue at once.
 */
export const watchQueue = createEffect(
  (actions$ = inject(Actions), store = inject(Store), records = inject(RECORDS)) => {
    return actions$.pipe(
      ofType(ReviewPageActions.opened),
      switchMap(() =>
        combineLatest([
          store.select(selectOpenPeriods).pipe(map((periods) => periodsKey(periods))),
          store.select(reviewFeature.selectLimit),
        ]).pipe(
          distinctUntilChanged((a, b) => a[0] === b[0] && a[1] === b[1]),
          switchMap(([key, limit]) =>
            key === ''
              ? of(ReviewApiActions.queueLoaded({ periodsKey: key, reports: [] }))
              : records.watchReviewQueue(key.split(','), limit).pipe(
                  map((reports) => ReviewApiActions.queueLoaded({ periodsKey: key, reports })),
                  catchError((error) =>
                    of(ReviewApiActions.queueLoadFailed({ message: errorMessage(error) })),
                  ),
                ),
          ),
          takeUntil(actions$.pipe(ofType(ReviewPageActions.left))),
        ),
      ),
    );
  },
  { functional: true },
);
